// What every rule reads: the text, its numbers, the headings' scopes and the report's year; and
// where rules put the problems they find.
import { findHeadings, headingScopes, type ScopeMap } from './headings.ts';
import { labelOf, type Label } from './label.ts';
import { Lines } from './lines.ts';
import { firstNotBefore } from './search.ts';
import { clauseStart } from './sentences.ts';
import { readNumbers, toWan, type NumberToken } from './numbers.ts';
import { periodAt } from './period.ts';
import type { DocType, Phase, Problem, Scope } from './types.ts';

export interface Context {
	text: string;
	numbers: NumberToken[];
	scopes: ScopeMap;
	year: number | null;
	docType: DocType | null;
	warnings: Problem[];
	/** labelOf for each number, computed when first asked for: every family reads the same. */
	labels: (Label | undefined)[];
	/** The text's lines, shared by the readers of headings and tables. */
	lines: Lines;
	/** Indices of the numbers that are amounts of money (元, 万元, 亿元, 千元). */
	money: number[];
	/** Each number in 万元 (toWan), null when it is no amount. */
	wan: (number | null)[];
	/** Indices of the numbers by unit ('人', '%', '批' …); numbers with no unit are not listed. */
	byUnit: Map<string, number[]>;
	/** The report speaks of a 三公 full-year or adjusted budget: its 三公 budget figures are
	 * adjusted budgets (read by the sentence and the table rules alike). */
	threePublicAdjusted: boolean;
}

export function makeContext(text: string, year: number | null, docType: DocType | null = null): Context {
	const numbers = readNumbers(text);
	const money: number[] = [];
	const wan: (number | null)[] = new Array(numbers.length).fill(null);
	const byUnit = new Map<string, number[]>();
	numbers.forEach((n, i) => {
		if (n.unit === null) return;
		const w = toWan(n.value, n.unit);
		if (w !== null) {
			money.push(i);
			wan[i] = w;
		}
		const list = byUnit.get(n.unit);
		if (list) list.push(i);
		else byUnit.set(n.unit, [i]);
	});
	const lines = new Lines(text);
	const scopes = headingScopes(findHeadings(text, lines));
	const threePublicAdjusted = /三公[”"]?经费全年预算数|调整后的预算数/.test(text);
	return { text, numbers, scopes, year, docType, warnings: [], labels: new Array(numbers.length), lines, money, wan, byUnit, threePublicAdjusted };
}

/** Indices of the numbers written with any of these units, in reading order. */
export function withUnits(ctx: Context, units: readonly string[]): number[] {
	if (units.length === 1) return ctx.byUnit.get(units[0]!) ?? [];
	const out: number[] = [];
	for (const u of units) for (const i of ctx.byUnit.get(u) ?? []) out.push(i);
	return out.sort((a, b) => a - b);
}

/** The index of the first number that starts at or after `pos` (numbers.length when none does). */
export function firstNumberFrom(ctx: Context, pos: number): number {
	const numbers = ctx.numbers;
	return firstNotBefore(numbers.length, (i) => numbers[i]!.start < pos);
}

/** Whether the clause before numbers[index] holds a word: a label (a suffix of that clause) can
 * hold it only if so, so a rule that needs the word can pass the number over without a label. */
export function clauseHolds(ctx: Context, index: number, words: RegExp): boolean {
	const tok = ctx.numbers[index]!;
	return words.test(ctx.text.slice(clauseStart(ctx.text, tok.start), tok.start));
}

export function labelAt(ctx: Context, index: number): Label {
	return (ctx.labels[index] ??= labelOf(ctx.text, ctx.numbers, index));
}

export function warn(ctx: Context, code: string, message: string, start?: number, end?: number): void {
	ctx.warnings.push({ code, message, src_start: start, src_end: end });
}

/** The fund scope of a figure at pos: general_public_budget when its words say so (gpb) or a
 * heading above it does, else all_funds. */
export function fundScope(ctx: Context, gpb: boolean, pos: number): Scope {
	return gpb || ctx.scopes.at(pos) === 'general_public_budget' ? 'general_public_budget' : 'all_funds';
}

/** The year and phase a label gives a figure; null when it names a year the report is not about. */
export function yearAndPhase(
	ctx: Context,
	label: Label,
	amount = true
): { fiscal_year: number | null; phase: Phase } | null {
	const year = ctx.year;
	// in a budget document an amount is a budget unless its words say it was spent; counts of
	// staff or petitions are counts, never budgets
	const phase: Phase =
		amount && ctx.docType === 'budget' && label.phase === 'actual' && !/决算|执行|实际|上年|去年/.test(label.raw) ? 'budget' : label.phase;
	if (phase === 'prior_year') return year === null ? null : { fiscal_year: year - 1, phase: 'prior_year' };
	const labelYear = label.year;
	if (labelYear === null || year === null || labelYear === year) return { fiscal_year: year ?? labelYear, phase };
	if (labelYear === year - 1 && phase === 'actual') return { fiscal_year: labelYear, phase: 'prior_year' };
	return null;
}

/** The period of the figure at start..end (null: the whole year), or undefined when its sentence names a part of
 * the year that has no period id (1-6月, 上半年, 截至11月底): then it is left out, with a warning. */
export function periodOrWarn(ctx: Context, start: number, end: number, year: number | null): string | null | undefined {
	const p = periodAt(ctx.text, start, year);
	if (p.kind === 'year') return null;
	if (p.kind === 'period') return p.period;
	warn(ctx, 'partial_year', `${p.words}: a figure for part of the year, left out`, start, end);
	return undefined;
}
