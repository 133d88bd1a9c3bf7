// Amounts stated in sentences ("2021年基本支出112.38万元"): the subject written before the number
// names the metric; the label or the section heading names the fund scope. Changes (较上年减少),
// shares (占…%) and amounts of other funds are never levels.
import { charSet } from './chars.ts';
import { labelAt, periodOrWarn, warn, yearAndPhase, type Context } from './context.ts';
import { makeFact } from './facts.ts';
import { PARTS_FOLLOW, projectItemName, type Label } from './label.ts';
import { round, toWan } from './numbers.ts';
import { firstNotBefore } from './search.ts';
import { afterListMarks, lineStart, sentenceStart } from './sentences.ts';
import type { Fact, Phase, Scope } from './types.ts';

const FILL = '(?:本年|全年|当年|年度|年初|实际|支出|决算数?|预算数?|安排|合计|共计|总计|总额|金额|数额?|为|是|达|共|了|均为|[\\s：:])*$';

function subject(words: string): RegExp {
	return new RegExp('^(?:' + words + ')' + FILL);
}

const SUBJECTS: [string, RegExp, { gpbOnly?: boolean; allFundsOnly?: boolean }][] = [
	['spend.total', subject('(?:部门)?(?:预算)?(?:总支出|支出总额|本年支出合计|支出合计|支出决算总额)|部门整体支出|整体支出|全部支出|部门支出'), {}],
	['spend.total', subject('支出'), { gpbOnly: true }],
	['spend.basic', subject('基本支出'), {}],
	['spend.basic.personnel', subject('人员经费(?:支出)?'), {}],
	['spend.basic.public', subject('(?:日常)?公用经费(?:支出)?'), {}],
	['spend.project', subject('项目支出'), {}],
	['spend.operating', subject('机关运行经费(?:支出)?'), {}],
	['spend.procurement', subject('政府采购(?:支出)?(?:总额)?'), {}],
	['spend.three_public', subject('[“"]?三公[”"]?经费[”"]?(?:财政拨款)?(?:支出)?'), {}],
	['spend.three_public.reception', subject('公务接待费?(?:支出)?'), {}],
	['spend.three_public.vehicle', subject('公务用车购置费?(?:及|和)运行(?:维护)?费?(?:支出)?'), {}],
	['spend.three_public.overseas', subject('因公出国[（(]境[）)]费用?(?:支出)?'), {}],
	['income.fiscal', subject('收入'), { gpbOnly: true }],
	['income.total', subject('(?:部门)?(?:预算)?(?:本年收入合计|收入合计|收入决算数?|总收入|收入总额)'), { allFundsOnly: true }]
];

/** A label that only says which phase ("决算支出", "支出决算为", "实际支出", "执行数为"): its
 * subject is the one before ("“三公”经费全年预算数6万元，实际支出5.2万元"). */
const PHASE_ONLY = /^(?:实际)?(?:决算|预算|年初预算|执行)?(?:支出)?(?:决算|预算|执行)?数?(?:为|是)?$/;

/** The characters a subject in SUBJECTS can start with. */
const SUBJECT_FIRST = charSet('总支本部整全基人日公项机政“"三因收预');

export function classifyAmount(subjectText: string, gpb: boolean): string | null {
	if (!SUBJECT_FIRST[subjectText.charCodeAt(0) | 0]) return null;
	for (const [metric, re, opt] of SUBJECTS) {
		if (opt.gpbOnly && !gpb) continue;
		if (opt.allFundsOnly && gpb) continue;
		if (re.test(subjectText)) return metric;
	}
	return null;
}

/** "收、支总计432.32万元、432.39万元", "年初预算收入、支出均为 124.06 万元", "收支预算总额为
 * 1234.56万元": income and spending stated together, two values in order or one for both. */
const PAIR = /^(?:年初预算|预算|决算)?(?:收、支|收支|收入、支出)(?:决算|预算)?(总计|合计|总额)?数?(均为|分别为|为|是)?$/;
/** "基本支出、项目支出分别为312.45万元、202.88万元", "人员经费和公用经费分别为…": names, then amounts. */
const RESPECTIVELY = /^(.+?)(?:分别为|分别是|分别达到?|分别)$/;
const LIST_GAP = /^[\s\u3000、，,和及与]*$/;

/** The names of a 分别为 list paired with the amounts from numbers[first] on, each name a metric;
 * null unless every name is one and as many amounts follow, one after another. */
function respectively(ctx: Context, first: number, names: string, gpb: boolean): { metric: string; index: number }[] | null {
	let parts = names.split('、');
	if (parts.length === 1) parts = names.split(/和|及|与/);
	if (parts.length < 2) return null;
	const out: { metric: string; index: number }[] = [];
	for (let k = 0; k < parts.length; k++) {
		const metric = classifyAmount(parts[k]!.trim(), gpb);
		const index = first + k;
		const tok = ctx.numbers[index];
		if (!metric || !tok || ctx.wan[index] === null) return null;
		if (k > 0 && !LIST_GAP.test(ctx.text.slice(ctx.numbers[index - 1]!.unitEnd, tok.start))) return null;
		out.push({ metric, index });
	}
	return out;
}

/** A project item named after the project total's 其中: …经费, …资金, …支出. */
const ITEM = /^[\u4e00-\u9fa5（）]{2,20}(?:经费|资金|支出)$/;

/** The parts a whole lists after 其中: they share its fund scope. */
const PARTS_OF: Record<string, RegExp> = {
	'spend.total': /^spend\.(?:basic|project)$/,
	'spend.basic': /^spend\.basic\.(?:personnel|public)$/,
	'spend.three_public': /^spend\.three_public\./
};
/** A 类/款/项 of the functional classification named on this line or the one before: totals,
 * basic and project spending there are the class's, not the department's. */
const FUNC_CLASS = /[（(][类款项][）)]/g;
const DEPARTMENT_WIDE = /^spend\.(?:total|basic|project)(?:\.personnel|\.public)?$|^spend\.basic\./;

/** Where FUNC_CLASS matches (every match is three characters long), in reading order. (One
 * regular expression over the text: six indexOf passes, one per mark, measured slower.) */
function funcClassMarks(text: string): number[] {
	const out: number[] = [];
	for (const m of text.matchAll(FUNC_CLASS)) out.push(m.index);
	return out;
}

/** A match lies wholly within from..to. */
function markWithin(marks: number[], from: number, to: number): boolean {
	const at = firstNotBefore(marks.length, (i) => marks[i]! < from);
	return at < marks.length && marks[at]! + 3 <= to;
}

function inFuncClass(text: string, pos: number, marks: number[]): boolean {
	if (marks.length === 0) return false;
	let from = lineStart(text, pos);
	if (markWithin(marks, from, pos)) return true;
	let k = from - 1;
	while (k > 0 && /\s/.test(text[k - 1]!)) k--;
	if (k <= 0) return false;
	from = lineStart(text, k);
	return markWithin(marks, from, k);
}

interface Emit {
	metric: string;
	value: number;
	start: number;
	end: number;
	gpb: boolean;
	label: Label;
	item?: string;
}

/** One spending fact from a sentence, its scope and phase from the label and the headings. */
function emit(ctx: Context, out: Fact[], e: Emit): void {
	const heading = ctx.scopes.at(e.end);
	if (heading === 'other_fund' && !e.gpb) {
		warn(ctx, 'other_fund', `${e.label.raw}: under a heading of another fund, left out`, e.start, e.end);
		return;
	}
	const yp = yearAndPhase(ctx, e.label);
	if (!yp) return;
	let phase: Phase = yp.phase;
	if (phase === 'budget' && ctx.threePublicAdjusted && e.metric.startsWith('spend.three_public')) phase = 'adjusted_budget';
	// a budgeted income belongs to a budget document; elsewhere it restates the appropriation
	if (e.metric.startsWith('income.') && phase !== 'actual' && ctx.docType !== 'budget') return;
	const period = periodOrWarn(ctx, e.end, e.end, yp.fiscal_year);
	if (period === undefined) return;
	const scope: Scope = e.gpb || heading === 'general_public_budget' ? 'general_public_budget' : 'all_funds';
	const metric = e.metric === 'income.total' && scope === 'general_public_budget' ? 'income.fiscal' : e.metric;
	out.push(
		makeFact(ctx.text, {
			metric,
			value: round(e.value, 6),
			unit: '万元',
			fiscal_year: yp.fiscal_year,
			phase,
			scope,
			item_label: e.item ?? null,
			period,
			src_start: e.start,
			src_end: e.end,
			rule: 'sentence.' + e.metric
		})
	);
}

export function spendingFacts(ctx: Context): Fact[] {
	const out: Fact[] = [];
	let last: { metric: string; sentence: number; start: number; gpb: boolean } | null = null;
	/** The project total's sentence: from just after its figure to the full stop. */
	let project: { from: number; end: number; qizhong: boolean; gpb: boolean } | null = null;
	let whole: { metric: string; end: number; line: number; gpb: boolean } | null = null;
	let funcMarks: number[] | undefined;
	const skip = new Set<number>();

	ctx.money.forEach((i) => {
		const tok = ctx.numbers[i]!;
		const value = ctx.wan[i]!;
		if (skip.has(i) || value === null || tok.rangeEnd || tok.rangeStart) return;
		const label = labelAt(ctx, i);
		if (project && tok.start > project.end) project = null;
		// 其中 (or 主要用于 …) after the total, in the label or before it ("其中：信访维稳经费…" puts it a
		// clause back)
		if (project && !project.qizhong && PARTS_FOLLOW.test(ctx.text.slice(project.from, tok.start))) project.qizhong = true;
		// no subject (a table cell's number): none of the rules below can name a metric
		if (label.delta || label.share || label.subject === '') return;
		const pair = PAIR.exec(label.subject);
		if (pair) {
			if (label.target) return;
			const next = ctx.numbers[i + 1];
			const second = next && /^\s*、\s*$/.test(ctx.text.slice(tok.unitEnd, next.start)) ? toWan(next.value, next.unit) : null;
			// 均为, or one amount after 收支 written as one word: the same for both sides
			const both = pair[2] === '均为' || (second === null && label.subject.includes('收支'));
			if (!both && second === null) return;
			if (second !== null) skip.add(i + 1);
			// 总计 / 总额 rows balance by construction (carry-over added to each side): equal ones
			// are grand totals as likely as 合计 without carry-over, and may not be what was spent
			if ((pair[1] === '总计' || pair[1] === '总额') && (both || second === value)) {
				warn(ctx, 'grand_total', `${label.raw}${tok.raw}: income and spending ${pair[1]} equal, totals that may include carry-over; left out`, label.start, tok.unitEnd);
				return;
			}
			const income = label.gpb ? 'income.fiscal' : 'income.total';
			emit(ctx, out, { metric: income, value, start: label.start, end: tok.unitEnd, gpb: label.gpb, label });
			if (both) emit(ctx, out, { metric: 'spend.total', value, start: label.start, end: tok.unitEnd, gpb: label.gpb, label });
			else emit(ctx, out, { metric: 'spend.total', value: second!, start: label.start, end: next!.unitEnd, gpb: label.gpb, label });
			return;
		}
		const listed = label.subject.includes('分别') ? RESPECTIVELY.exec(label.subject) : null;
		if (listed) {
			if (label.target) return;
			const items = respectively(ctx, i, listed[1]!, label.gpb);
			if (!items) {
				warn(ctx, 'list_unclear', `${label.raw}${tok.raw}: a list of names and amounts that do not pair up, left out`, label.start, tok.unitEnd);
				return;
			}
			if (items.some((x) => DEPARTMENT_WIDE.test(x.metric)) && inFuncClass(ctx.text, tok.start, (funcMarks ??= funcClassMarks(ctx.text)))) {
				warn(ctx, 'func_class_part', `${label.raw}${tok.raw}: spending of one functional class, not the department's; left out`, label.start, tok.unitEnd);
				return;
			}
			for (const x of items) {
				skip.add(x.index);
				const t = ctx.numbers[x.index]!;
				emit(ctx, out, { metric: x.metric, value: ctx.wan[x.index]!, start: label.start, end: t.unitEnd, gpb: label.gpb, label });
			}
			return;
		}
		let metric = classifyAmount(label.subject, label.gpb);
		let start = label.start;
		let gpbWord = label.gpb;
		if (!metric && label.subject !== '' && PHASE_ONLY.test(label.subject) && last && last.sentence === sentenceStart(ctx.text, tok.start)) {
			metric = last.metric;
			start = last.start;
			gpbWord = last.gpb;
		}
		if (!metric && project?.qizhong && ITEM.test(label.subject)) {
			if (label.target) return;
			const item = projectItemName(label.subject);
			// the span starts at the item's name, not at the 、 that lists it after the one before
			const from = afterListMarks(ctx.text, start, tok.start);
			emit(ctx, out, { metric: 'spend.project.item', value, start: from, end: tok.unitEnd, gpb: gpbWord || project.gpb, label, item });
			return;
		}
		if (!metric || label.target) return;
		if (DEPARTMENT_WIDE.test(metric) && inFuncClass(ctx.text, tok.start, (funcMarks ??= funcClassMarks(ctx.text)))) {
			warn(ctx, 'func_class_part', `${label.raw}${tok.raw}: spending of one functional class, not the department's; left out`, start, tok.unitEnd);
			return;
		}
		const line = lineStart(ctx.text, tok.start);
		if (whole && whole.line === line && PARTS_OF[whole.metric]?.test(metric) && /其中/.test(ctx.text.slice(whole.end, tok.start)))
			gpbWord ||= whole.gpb;
		else if (PARTS_OF[metric]) whole = { metric, end: tok.unitEnd, line, gpb: gpbWord || ctx.scopes.at(tok.unitEnd) === 'general_public_budget' };
		// read only when a later figure names no subject of its own (PHASE_ONLY): most never do
		last = { metric, sentence: sentenceStart(ctx.text, tok.start), start, gpb: gpbWord };
		if (metric === 'spend.project') project = { from: tok.unitEnd, end: fullStop(ctx.text, tok.unitEnd), qizhong: false, gpb: gpbWord };
		emit(ctx, out, { metric, value, start, end: tok.unitEnd, gpb: gpbWord, label });
	});
	return out;
}

function fullStop(text: string, from: number): number {
	const m = /[。\n]/.exec(text.slice(from));
	return m ? from + m.index : text.length;
}
