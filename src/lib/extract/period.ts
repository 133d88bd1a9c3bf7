// The part of the year a figure covers, when its sentence opens by naming one: "6月份，共受理…"
// (a month), "一季度…" or "1-3月…" (a quarter), "1-6月", "上半年", "截至11月底" (a stretch the
// contract has no period for: left out), or the whole year ("1-12月", "截至12月31日", nothing).
// Only the opening words count: "我局于6月开展专项行动，共受理…" names a month that is not the
// count's period.
import { charSet, digitsToInt, SPACE } from './chars.ts';

export type PeriodOf =
	| { kind: 'year' }
	/** "2024-06" or "2024-Q2": DESIGN's period for a shorter report. */
	| { kind: 'period'; period: string }
	/** A part of the year with no period id (1-6月, 上半年, 截至11月底): the words that say so. */
	| { kind: 'partial'; words: string };

const YEAR: PeriodOf = { kind: 'year' };

const D = '[0-9０-９]';
const HAN_NUMBER: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

/** The opening words of a sentence that name a period: an optional year, then the period. */
const OPENING = new RegExp(
	// blanks and a list marker ("（三）", "2、") may come first
	'^[\\s\\u3000]*(?:[（(][一二三四五六七八九十0-9]{1,2}[）)]|[一二三四五六七八九十]+[、.．]|[0-9]{1,2}[、.．])?[\\s\\u3000]*' +
		'(?:(' + D + '{4})\\s*年(?:度)?\\s*)?' +
		'(?:' +
		// 1-6月, 1月至6月, 1～3月份
		'(' + D + '{1,2})\\s*月?\\s*(?:[-－—~～]|至|到)\\s*(' + D + '{1,2})\\s*月份?' +
		'|(?:截至|截止|至)到?(?:' + D + '{4}\\s*年)?\\s*(' + D + '{1,2})\\s*月(?:底|末|份|' + D + '{1,2}\\s*日)?' +
		'|(上半年|下半年|前三季度)' +
		'|(?:第)?([一二三四1-4１-４])季度' +
		'|(本月|本季度|当月)' +
		'|(' + D + '{1,2})\\s*月份?(?!\\s*' + D + '{0,2}\\s*日)' +
		')'
);

const pad = (m: number) => String(m).padStart(2, '0');

/** The characters OPENING can start with (after blanks): most sentences start with none. */
const OPENING_FIRST = charSet('0123456789０１２３４５６７８９截至止上下前第一二三四五六七八九十本当（(');

/** Where the statement holding `pos` starts: a period named at its head covers it through its
 * semicolons ("6月份，共登记156件；其中来信12件"), up to a full stop or a line break. */
const FULL_STOP = charSet('。？！?!\n');

function statementStart(text: string, pos: number): number {
	for (let i = pos - 1; i >= 0; i--) if (FULL_STOP[text.charCodeAt(i) | 0]) return i + 1;
	return 0;
}

/** What part of `year` the statement holding `pos` says its figures cover. */
export function periodAt(text: string, pos: number, year: number | null): PeriodOf {
	let from = statementStart(text, pos);
	while (from < pos && SPACE[text.charCodeAt(from) | 0]) from++;
	if (!OPENING_FIRST[text.charCodeAt(from) | 0]) return YEAR;
	const m = OPENING.exec(text.slice(from, pos));
	if (!m) return YEAR;
	const y = m[1] ? digitsToInt(m[1]) : year;
	const partial = (): PeriodOf => ({ kind: 'partial', words: m[0].trim() });
	if (m[2] && m[3]) {
		const [a, b] = [digitsToInt(m[2]), digitsToInt(m[3])];
		if (a === 1 && b === 12) return YEAR;
		if (b - a === 2 && a % 3 === 1 && y !== null) return { kind: 'period', period: `${y}-Q${(a + 2) / 3}` };
		if (a === b && y !== null && a >= 1 && a <= 12) return { kind: 'period', period: `${y}-${pad(a)}` };
		return partial();
	}
	if (m[4]) return digitsToInt(m[4]) === 12 ? YEAR : partial();
	if (m[5] || m[7]) return partial();
	if (m[6]) {
		const q = HAN_NUMBER[m[6]] ?? digitsToInt(m[6]);
		return y === null ? partial() : { kind: 'period', period: `${y}-Q${q}` };
	}
	if (m[8]) {
		const month = digitsToInt(m[8]);
		return y === null || month < 1 || month > 12 ? partial() : { kind: 'period', period: `${y}-${pad(month)}` };
	}
	return YEAR;
}
