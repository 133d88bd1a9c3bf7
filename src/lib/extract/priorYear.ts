// Prior-year values derived from a stated value and a stated change in 万元 ("2021年基本支出
// 112.38万元，较上年减少9.52万元" -> 2020 basic 121.9). A percentage gives no amount, a change
// against the budget is no prior year, and the change must follow an actual value of its subject
// in the same paragraph.
import { labelAt, warn, type Context } from './context.ts';
import { makeFact } from './facts.ts';
import { round } from './numbers.ts';
import { clauseStart, lineStart, sentenceStart, trimStart } from './sentences.ts';
import { classifyAmount } from './spending.ts';
import type { Fact } from './types.ts';

const CHANGE = /增加|减少|增长|下降|上升|降低|节约|减/;
/** Words that compare with last year (同比: with the same period of last year, a year in an annual report). */
const PRIOR = /上年|去年|上一年|同比/;
const NOT_PRIOR = /年初|预算|收入多|支出多|比收入|比支出/;

function family(metric: string): string {
	return metric.startsWith('income.') ? 'income' : metric;
}

/** The subject a change names ("收入增加", "支出增加"), as a metric family, or null. */
function subjectFamily(raw: string): string | null {
	const s = raw.replace(/与上年相比|同上年相比|较上年|比上年|同比|决算数|[，,\s]/g, '').replace(CHANGE, '').replace(/[（(][^）)]*[）)]/g, '');
	if (/^收入/.test(s)) return 'income';
	if (/^(?:财政拨款)?支出$/.test(s)) return 'spend.total';
	const m = classifyAmount(s, true);
	return m ? family(m) : null;
}

export function priorYearFacts(ctx: Context, levels: Fact[]): Fact[] {
	const out: Fact[] = [];
	// a budget's change against last year compares budgets: it gives no prior-year actual
	if (ctx.docType === 'budget') return out;
	ctx.money.forEach((i) => {
		const tok = ctx.numbers[i]!;
		const b = ctx.wan[i]!;
		if (b === null) return;
		const label = labelAt(ctx, i);
		// a table cell's number, nothing before it in its cell: no change is named
		if (label.raw === '') return;
		const pairHead = /^\s*、\s*$/.test(label.raw) && i > 0 ? labelAt(ctx, i - 1) : null;
		const delta = pairHead ?? label;
		if (!CHANGE.test(delta.raw)) return;
		const sent = sentenceStart(ctx.text, delta.start);
		const before = ctx.text.slice(sent, delta.start + delta.raw.length);
		if (!PRIOR.test(before) || NOT_PRIOR.test(delta.raw)) return;
		const up = /增加|增长|上升/.test(delta.raw);
		const down = /减少|下降|降低|节约/.test(delta.raw);
		if (up && down && b !== 0) {
			warn(ctx, 'change_unclear', `${delta.raw}${tok.raw}: both a rise and a fall, left out`, delta.start, tok.unitEnd);
			return;
		}
		// a pair "收入、支出增加95.72万元、94.76万元": the first is income, the second spending
		const paired = /收入、支出|收、支/.test(delta.raw);
		const wanted = paired ? (pairHead ? 'spend.total' : 'income') : subjectFamily(delta.raw);
		const line = lineStart(ctx.text, tok.start);
		const base = levels
			.filter((f) => f.src_end <= delta.start && f.src_start >= line && (!wanted || family(f.metric) === wanted))
			.sort((x, y) => x.src_end - y.src_end)
			.pop();
		if (!base || base.phase !== 'actual' || base.value === null || base.fiscal_year === null) return;
		let qStart = delta.start;
		const prevClause = trimStart(ctx.text, clauseStart(ctx.text, qStart - 1), qStart);
		if (!PRIOR.test(delta.raw) && /^(?:与|同)上年相比[，,]$/.test(ctx.text.slice(prevClause, qStart).trim())) qStart = prevClause;
		const qEnd = paired && !pairHead ? (ctx.numbers[i + 1]?.unitEnd ?? tok.unitEnd) : tok.unitEnd;
		const quote = ctx.text.slice(qStart, qEnd);
		const sign = up ? '-' : '+';
		const value = round(up ? base.value - b : base.value + b, 2);
		out.push(
			makeFact(ctx.text, {
				metric: base.metric,
				value,
				unit: '万元',
				fiscal_year: base.fiscal_year - 1,
				phase: 'prior_year',
				scope: base.scope,
				item_label: base.item_label,
				derived: `${base.value} ${sign} ${b} (${quote} at ${tok.start})`,
				src_start: qStart,
				src_end: qEnd,
				rule: 'derived.prior_year'
			})
		);
	});
	return out;
}
