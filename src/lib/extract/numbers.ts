// Numbers as written in a report, read without changing the text: full-width digits ("2８")
// count as digits, so offsets stay those of the text as written.

export interface NumberToken {
	/** Offset of the first digit. */
	start: number;
	/** Offset just past the last digit. */
	end: number;
	/** The number as written ("2８", "1,234.50"). */
	raw: string;
	value: number;
	/** Digits after the decimal point as written (0 for an integer). */
	decimals: number;
	/** Normalised unit (万元, 元, 亿元, 人, 人次, 批, 件, 件次, %, 分, 个 ...) or null. */
	unit: string | null;
	/** Offset just past the unit (equals end when there is none). */
	unitEnd: number;
	/** Written just after a range dash ("50-60%"): the upper bound of a range, not a value. */
	rangeEnd: boolean;
	/** Followed by a range dash and a number: the lower bound of a range. */
	rangeStart: boolean;
}

const DIGIT = /[0-9０-９]/;
const HALF_WIDTH_OFFSET = 0xff10 - 0x30;

function isDigit(c: string | undefined): boolean {
	return c !== undefined && DIGIT.test(c);
}

function toAscii(s: string): string {
	return s
		.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - HALF_WIDTH_OFFSET))
		.replace(/．/g, '.');
}

// Longest first: 人次 before 人, 件次 before 件, 批次 before 批.
const UNITS: [RegExp, string][] = [
	[/^万元/, '万元'],
	[/^亿元/, '亿元'],
	[/^千元/, '千元'],
	[/^元/, '元'],
	[/^人次/, '人次'],
	[/^人/, '人'],
	[/^名/, '人'],
	[/^批[（(]件[）)]次/, '件次'],
	[/^批次/, '批'],
	[/^批/, '批'],
	[/^件次/, '件次'],
	[/^件/, '件'],
	[/^[%％]/, '%'],
	[/^分/, '分'],
	[/^个/, '个'],
	[/^次/, '次'],
	[/^[㎡]|^平方米/, '㎡']
];

function readUnit(text: string, from: number): { unit: string | null; end: number } {
	let i = from;
	while (text[i] === ' ' || text[i] === '\u3000') i++;
	const rest = text.slice(i, i + 6);
	for (const [re, unit] of UNITS) {
		const m = re.exec(rest);
		if (m) return { unit, end: i + m[0].length };
	}
	return { unit: null, end: from };
}

/** Scan one number starting at i (a digit); returns its end and raw text. */
function scanNumber(text: string, i: number): number {
	let j = i;
	while (isDigit(text[j])) j++;
	// thousands separators: an ASCII comma before exactly three digits (a Chinese ， never is one)
	while (text[j] === ',' && /^[0-9０-９]{3}(?![0-9０-９])/.test(text.slice(j + 1, j + 5))) j += 4;
	if ((text[j] === '.' || text[j] === '．') && isDigit(text[j + 1])) {
		j++;
		while (isDigit(text[j])) j++;
	}
	return j;
}

function blankToEnd(text: string, from: number): boolean {
	for (let i = from; i < text.length; i++) if (!/[\s\u3000]/.test(text[i]!)) return false;
	return true;
}

/** Every number in the text with its unit, in reading order. A number that runs into the end of
 * the text (nothing but blanks after it) is cut off and is not read. */
export function readNumbers(text: string, cutOffAtEnd = true): NumberToken[] {
	const out: NumberToken[] = [];
	let i = 0;
	while (i < text.length) {
		const c = text[i];
		if (!isDigit(c) || isDigit(text[i - 1]) || /[A-Za-z.．]/.test(text[i - 1] ?? '')) {
			i++;
			continue;
		}
		const end = scanNumber(text, i);
		if (cutOffAtEnd && blankToEnd(text, end)) break;
		const raw = text.slice(i, end);
		const ascii = toAscii(raw).replace(/,/g, '');
		const value = Number(ascii);
		const dot = ascii.indexOf('.');
		const { unit, end: unitEnd } = readUnit(text, end);
		const before = text.slice(Math.max(0, i - 4), i);
		out.push({
			start: i,
			end,
			raw,
			value,
			decimals: dot < 0 ? 0 : ascii.length - dot - 1,
			unit,
			unitEnd,
			rangeEnd: /[0-9０-９]\s*[-－—~～至]\s*$/.test(before),
			rangeStart: /^[\s]*[-－—~～至][\s]*[0-9０-９]/.test(text.slice(end, end + 4))
		});
		i = end;
	}
	return out;
}

/** An amount in 万元, converted from 元 / 千元 / 亿元; null for anything that is not money. */
export function toWan(value: number, unit: string | null): number | null {
	switch (unit) {
		case '万元':
			return value;
		case '元':
			return round(value / 10000, 6);
		case '千元':
			return round(value / 10, 6);
		case '亿元':
			return round(value * 10000, 6);
		default:
			return null;
	}
}

export function round(x: number, places = 2): number {
	const f = 10 ** places;
	return Math.round(x * f) / f;
}
