// Economic classes and their items written out in sentences, without codes: "１、工资福利支出
// 563.5万元。其中，基本工资154.78万元、津贴补贴82.08万元". Codes come from the names; the part
// (basic or project) from the enclosing heading, and a class whose part is not given is left out.
import { fundScope, labelAt, warn, yearAndPhase, type Context } from './context.ts';
import { econCode, isEconClass, PERSONNEL_CLASSES, PUBLIC_CLASSES } from './codes.ts';
import { makeFact } from './facts.ts';
import { PARTS_FOLLOW, type Label } from './label.ts';
import { round } from './numbers.ts';
import { afterListMarks, lineEnd, sentenceEnd, sentenceStart } from './sentences.ts';
import type { Fact, Part, Scope } from './types.ts';

const ALL_OF = /^[，,]\s*(?:均为|全部为|均是|全部是|全部用于)([\u4e00-\u9fa5（）]{2,20}?)(?=[。；，,\n]|$)/;

/** One economic-class fact read from a sentence. */
function push(ctx: Context, out: Fact[], label: Label, value: number, code: string, part: Part, scope: Scope, end: number): void {
	const yp = yearAndPhase(ctx, label);
	if (!yp) return;
	out.push(
		makeFact(ctx.text, {
			metric: 'spend.econ',
			value: round(value, 6),
			unit: '万元',
			...yp,
			scope,
			part,
			econ_code: code,
			src_start: afterListMarks(ctx.text, label.start, end),
			src_end: end,
			rule: 'sentence.spend.econ'
		})
	);
}

/** "基本支出中，工资福利支出…": the sentence names the part before the class (the last so named). */
const PART_IN_SENTENCE = /(基本|项目)支出中/g;

function sentencePart(text: string, from: number, to: number): Part | null {
	let part: Part | null = null;
	for (const m of text.slice(from, to).matchAll(PART_IN_SENTENCE)) part = m[1] === '基本' ? 'basic' : 'project';
	return part;
}

/** "工资福利支出250.1万元，占基本支出的80.6%": the share after the figure names the part. */
const SHARE_OF_PART = /^[，,]?\s*占(?:一般公共预算)?(?:财政拨款)?(基本|项目)支出/;

function sharePart(text: string, from: number): Part | null {
	const m = SHARE_OF_PART.exec(text.slice(from, from + 24));
	return m ? (m[1] === '基本' ? 'basic' : 'project') : null;
}

/** 人员经费 and 公用经费 are basic spending and made of these classes: items named after them
 * ("人员经费250万元，主要包括：基本工资100万元…") are items of those classes. */
const BASIC_PARTS: [RegExp, readonly string[]][] = [
	[/^人员经费(?:支出)?$/, PERSONNEL_CLASSES],
	[/^(?:日常)?公用经费(?:支出)?$/, PUBLIC_CLASSES]
];

interface Current {
	/** The class the items belong to, or the classes they may (under 人员经费 / 公用经费). */
	cls: string | null;
	classes: readonly string[];
	part: Part;
	from: number;
	end: number;
	scope: Scope;
}

export function econNarrativeFacts(ctx: Context): Fact[] {
	const out: Fact[] = [];
	let current: Current | null = null;

	ctx.money.forEach((i) => {
		const tok = ctx.numbers[i]!;
		const value = ctx.wan[i]!;
		if (value === null || tok.rangeEnd || tok.rangeStart) return;
		if (current && tok.start > current.end) current = null;
		const label = labelAt(ctx, i);
		// no subject and no class read before it: nothing to name or to be an item of
		if (label.delta || label.share || (label.subject === '' && !current)) return;
		const cls = econCode(label.subject);
		if (cls && isEconClass(cls)) {
			if (label.target) return;
			const part =
				sharePart(ctx.text, tok.unitEnd) ?? sentencePart(ctx.text, sentenceStart(ctx.text, tok.start), label.start) ?? ctx.scopes.part(tok.start);
			if (!part) {
				warn(ctx, 'econ_part_unknown', `${label.raw}${tok.raw}: basic or project is not said, left out`, label.start, tok.unitEnd);
				return;
			}
			const scope = fundScope(ctx, label.gpb, tok.start);
			push(ctx, out, label, value, cls, part, scope, tok.unitEnd);
			current = { cls, classes: [cls], part, from: tok.unitEnd, end: lineEnd(ctx.text, tok.start), scope };
			const all = ALL_OF.exec(ctx.text.slice(tok.unitEnd));
			const item = all ? econCode(all[1]!, cls) : null;
			if (all && item) push(ctx, out, label, value, item, part, scope, tok.unitEnd + all[0].length);
			return;
		}
		const basicPart = label.subject.includes('经费') ? BASIC_PARTS.find(([re]) => re.test(label.subject)) : undefined;
		if (basicPart) {
			const scope = fundScope(ctx, label.gpb, tok.start);
			// its items are listed in its own sentence (up to 。 or ；)
			current = { cls: null, classes: basicPart[1], part: 'basic', from: tok.unitEnd, end: sentenceEnd(ctx.text, tok.unitEnd), scope };
			return;
		}
		if (!current || !PARTS_FOLLOW.test(ctx.text.slice(current.from, tok.start)) || label.target) return;
		const code = econCode(label.subject, current.cls ?? undefined);
		if (code && code.length === 5 && current.classes.includes(code.slice(0, 3))) push(ctx, out, label, value, code, current.part, current.scope, tok.unitEnd);
		else {
			const why = code ? `its code ${code} is not an item of ${current.classes.join('/')}` : 'no economic code for this name';
			warn(ctx, 'econ_item_unknown', `${label.subject}: ${why}, left out`, label.start, tok.unitEnd);
		}
	});
	return out;
}
