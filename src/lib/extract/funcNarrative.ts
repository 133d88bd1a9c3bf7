// Functional-classification spending stated under a 类/款/项 line in a final-accounts
// explanation: "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）信访事务（项）。" followed by
// "年初预算为 425.29 万元，支出决算为 425.36 万元". The code comes from the path as written.
import { firstNumberFrom, fundScope, labelAt, warn, yearAndPhase, type Context } from './context.ts';
import { funcPathCode } from './codes.ts';
import { makeFact } from './facts.ts';
import { round } from './numbers.ts';
import { lineEnd, lineStart } from './sentences.ts';
import type { Fact } from './types.ts';

const PATH = /^\s*(?:[0-9０-９]+[、.．]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[一二三四五六七八九十]+[、.．])?\s*(.+?)[（(]类[）)](.+?)[（(]款[）)](.+?)[（(]项[）)]/;
const PHASE_LABEL = /^(?:年初预算|全年预算|调整后预算|预算|支出决算|决算|支出)数?(?:为|是)?$/;

export function funcNarrativeFacts(ctx: Context): Fact[] {
	const out: Fact[] = [];
	const { text } = ctx;
	// a path names its class as （类）: only the lines that hold 类 need the full pattern
	for (let at = text.indexOf('类'), next = 0; at >= 0; at = text.indexOf('类', next)) {
		const start = lineStart(text, at);
		const end = lineEnd(text, at);
		next = end + 1;
		const line = text.slice(start, end);
		const m = PATH.exec(line);
		if (!m) continue;
		const code = funcPathCode([m[1]!, m[2]!, m[3]!]);
		if (!code) {
			warn(ctx, 'func_path_unknown', `${m[0].trim()}: no code known for this path`, start, end);
			continue;
		}
		// the amounts follow the path on its own line, or on the next line that is not blank
		let from = start + m[0].length;
		let to = end;
		if (!/[0-9０-９]/.test(line.slice(m[0].length))) {
			let k = end + 1;
			while (k <= text.length && text.slice(k, lineEnd(text, k)).trim() === '') k = lineEnd(text, k) + 1;
			if (k > text.length || PATH.test(text.slice(k, lineEnd(text, k)))) continue;
			from = k;
			to = lineEnd(text, k);
		}
		for (let i = firstNumberFrom(ctx, from); i < ctx.numbers.length && ctx.numbers[i]!.start < to; i++) {
			const tok = ctx.numbers[i]!;
			const value = ctx.wan[i] ?? null;
			if (value === null) continue;
			const label = labelAt(ctx, i);
			if (!PHASE_LABEL.test(label.subject) || label.delta || label.share || label.target) continue;
			const yp = yearAndPhase(ctx, label);
			if (!yp) continue;
			const scope = fundScope(ctx, label.gpb, tok.start);
			out.push(
				makeFact(text, {
					metric: 'spend.func',
					value: round(value, 6),
					unit: '万元',
					...yp,
					scope,
					func_code: code,
					src_start: label.start,
					src_end: tok.unitEnd,
					rule: 'sentence.spend.func'
				})
			);
		}
	}
	return out;
}
