// Functional-classification spending stated under a 类/款/项 line in a final-accounts
// explanation: "1、一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）信访事务（项）。" followed by
// "年初预算为 425.29 万元，支出决算为 425.36 万元". The code comes from the path as written.
import { labelAt, warn, yearAndPhase, type Context } from './context.ts';
import { funcPathCode } from './codes.ts';
import { makeFact } from './facts.ts';
import { round, toWan } from './numbers.ts';
import type { Fact, Scope } from './types.ts';

const PATH = /^\s*(?:[0-9０-９]+[、.．]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[一二三四五六七八九十]+[、.．])?\s*(.+?)[（(]类[）)](.+?)[（(]款[）)](.+?)[（(]项[）)]/;
const PHASE_LABEL = /^(?:年初预算|全年预算|调整后预算|预算|支出决算|决算|支出)数?(?:为|是)?$/;

export function funcNarrativeFacts(ctx: Context): Fact[] {
	const out: Fact[] = [];
	const { text } = ctx;
	let pos = 0;
	const lines = text.split('\n');
	const starts = lines.map((l) => {
		const s = pos;
		pos += l.length + 1;
		return s;
	});
	lines.forEach((line, li) => {
		const m = PATH.exec(line);
		if (!m) return;
		const code = funcPathCode([m[1]!, m[2]!, m[3]!]);
		if (!code) {
			warn(ctx, 'func_path_unknown', `${m[0].trim()}: no code known for this path`, starts[li], starts[li]! + line.length);
			return;
		}
		// the amounts follow the path on its own line, or on the next line
		let from = starts[li]! + m[0].length;
		let to = starts[li]! + line.length;
		if (!/[0-9０-９]/.test(line.slice(m[0].length))) {
			let k = li + 1;
			while (k < lines.length && lines[k]!.trim() === '') k++;
			if (k >= lines.length || PATH.test(lines[k]!)) return;
			from = starts[k]!;
			to = from + lines[k]!.length;
		}
		ctx.numbers.forEach((tok, i) => {
			if (tok.start < from || tok.start >= to) return;
			const value = toWan(tok.value, tok.unit);
			if (value === null) return;
			const label = labelAt(ctx, i);
			if (label.delta || label.share || label.target || !PHASE_LABEL.test(label.subject)) return;
			const yp = yearAndPhase(ctx, label);
			if (!yp) return;
			const scope: Scope = label.gpb || ctx.scopes.at(tok.start) === 'general_public_budget' ? 'general_public_budget' : 'all_funds';
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
		});
	});
	return out;
}
