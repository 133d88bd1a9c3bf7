// Numbers as written in a report, read without changing the text: full-width digits ("2８")
// count as digits, so offsets stay those of the text as written.
import { charSet, DIGIT as DIGIT_, digitValue as digitValue_, SPACE as SPACE_ } from './chars.ts';
// module-local aliases: the scans below read these per character, and a local binding
// is cheaper than an imported one when modules are loaded unbundled (tsx, ingest)
const DIGIT = DIGIT_;
const SPACE = SPACE_;
const digitValue = digitValue_;

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
	/** Normalised unit (万元, 元, 亿元, 人, 人次, 批, 件, 件次, 起, 封, %, 分, 个 ...) or null. */
	unit: string | null;
	/** Offset just past the unit (equals end when there is none). */
	unitEnd: number;
	/** Written just after a range dash ("50-60%"): the upper bound of a range, not a value. */
	rangeEnd: boolean;
	/** Followed by a range dash and a number: the lower bound of a range. */
	rangeStart: boolean;
}

const DASH = charSet('-－—~～至');
/** A letter, a point or a digit before a digit: part of a code or a decimal, not a new number. */
const JOINS = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.．0123456789０１２３４５６７８９');

// readUnit and valueOf hand back their second result here rather than in a fresh object: they
// run once per number of every report.
let unitEnd = 0;
let decimalsRead = 0;
/** Set by readUnit: 10000 when the unit is a count written in 万 (1.2万件), else 1. */
let scaleRead = 1;

const C = (s: string) => s.charCodeAt(0);
const [WAN, YI, QIAN, YUAN, REN, CI, MING, PI, JIAN, PCT, PCT_FW, FEN, GE, SQM, PING, FANG, MI, OPEN_FW, CLOSE_FW, QI, FENG] = [
	...'万亿千元人次名批件%％分个㎡平方米（）起封'
].map(C);

/** Count units a number may be written in 万 of (1.2万件, 3.5万人次): the count is the number
 * times 10,000. Amounts in 万 are 万元, read as such; 万 before anything else is no unit. */
const WAN_COUNTS = new Set(['件', '件次', '人', '人次', '批', '次', '个']);

/** The unit written at `from`, after blanks (U+0020, U+3000), longest first (人次 before 人);
 * sets unitEnd (equal to `from` when there is no unit) and scaleRead. `afterWan`: reading the unit
 * after a 万, which cannot be another 万. */
function readUnit(text: string, from: number, afterWan = false): string | null {
	scaleRead = 1;
	let i = from;
	while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 0x3000) i++;
	const c = text.charCodeAt(i);
	const next = text.charCodeAt(i + 1);
	let unit: string | null = null;
	let len = 1;
	switch (c) {
		case WAN:
			if (next === YUAN) [unit, len] = ['万元', 2];
			else if (!afterWan) {
				// 万 before a count unit (万件, 万人次): that unit, counted in ten thousands
				const counted = readUnit(text, i + 1, true);
				if (counted !== null && WAN_COUNTS.has(counted)) [unit, len, scaleRead] = [counted, unitEnd - i, 10000];
			}
			break;
		case YI:
			if (next === YUAN) [unit, len] = ['亿元', 2];
			break;
		case QIAN:
			if (next === YUAN) [unit, len] = ['千元', 2];
			break;
		case YUAN:
			unit = '元';
			break;
		case REN:
			if (next === CI) [unit, len] = ['人次', 2];
			else unit = '人';
			break;
		case MING:
			unit = '人';
			break;
		case PI:
			if ((next === OPEN_FW || next === 40) && text.charCodeAt(i + 2) === JIAN) {
				const close = text.charCodeAt(i + 3);
				if ((close === CLOSE_FW || close === 41) && text.charCodeAt(i + 4) === CI) [unit, len] = ['件次', 5];
			}
			if (unit === null) {
				if (next === CI) [unit, len] = ['批', 2];
				else unit = '批';
			}
			break;
		case JIAN:
			if (next === CI) [unit, len] = ['件次', 2];
			else unit = '件';
			break;
		case PCT:
		case PCT_FW:
			unit = '%';
			break;
		case FEN:
			unit = '分';
			break;
		case GE:
			unit = '个';
			break;
		case CI:
			unit = '次';
			break;
		// cases (矛盾纠纷856起) and letters (来信78封): straight after a number they are counts
		case QI:
			unit = '起';
			break;
		case FENG:
			unit = '封';
			break;
		case SQM:
			unit = '㎡';
			break;
		case PING:
			if (next === FANG && text.charCodeAt(i + 2) === MI) [unit, len] = ['㎡', 3];
			break;
	}
	unitEnd = unit === null ? from : i + len;
	return unit;
}

/** One number starting at i (a digit): its end. Thousands separators are ASCII commas before
 * exactly three digits (a Chinese ， never is one); the point may be full-width. */
function scanNumber(text: string, i: number): number {
	let j = i;
	while (DIGIT[text.charCodeAt(j) | 0]) j++;
	while (
		text.charCodeAt(j) === 44 &&
		DIGIT[text.charCodeAt(j + 1) | 0] &&
		DIGIT[text.charCodeAt(j + 2) | 0] &&
		DIGIT[text.charCodeAt(j + 3) | 0] &&
		!DIGIT[text.charCodeAt(j + 4) | 0]
	)
		j += 4;
	const p = text.charCodeAt(j);
	if ((p === 46 || p === 0xff0e) && DIGIT[text.charCodeAt(j + 1) | 0]) {
		j++;
		while (DIGIT[text.charCodeAt(j) | 0]) j++;
	}
	return j;
}

function blankToEnd(text: string, from: number): boolean {
	for (let i = from; i < text.length; i++) if (!SPACE[text.charCodeAt(i) | 0]) return false;
	return true;
}

/** Just after a dash that follows a number ("50-60%": the 60), within four characters. */
function afterRangeDash(text: string, i: number): boolean {
	const lo = Math.max(0, i - 4);
	let k = i - 1;
	while (k >= lo && SPACE[text.charCodeAt(k) | 0]) k--;
	if (k < lo || !DASH[text.charCodeAt(k) | 0]) return false;
	k--;
	while (k >= lo && SPACE[text.charCodeAt(k) | 0]) k--;
	return k >= lo && DIGIT[text.charCodeAt(k) | 0] === 1;
}

/** Followed by a dash and a number, within four characters. */
function beforeRangeDash(text: string, end: number): boolean {
	const hi = Math.min(text.length, end + 4);
	let k = end;
	while (k < hi && SPACE[text.charCodeAt(k) | 0]) k++;
	if (k >= hi || !DASH[text.charCodeAt(k) | 0]) return false;
	k++;
	while (k < hi && SPACE[text.charCodeAt(k) | 0]) k++;
	return k < hi && DIGIT[text.charCodeAt(k) | 0] === 1;
}

/** The value of a number as written (digits of either width, commas, a point): the digits as
 * one integer over a power of ten, one correctly rounded division, so the value is the double
 * nearest the decimal written, as Number() gives (and faster than it). Sets decimalsRead. */
export function valueOf(text: string, start: number, end: number): number {
	let mantissa = 0;
	let decimals = -1;
	for (let k = start; k < end; k++) {
		const c = text.charCodeAt(k);
		if (c === 44) continue;
		if (c === 46 || c === 0xff0e) {
			decimals = 0;
			continue;
		}
		mantissa = mantissa * 10 + digitValue(c);
		if (decimals >= 0) decimals++;
	}
	decimalsRead = decimals < 0 ? 0 : decimals;
	if (mantissa <= Number.MAX_SAFE_INTEGER && decimalsRead <= 22) return decimalsRead === 0 ? mantissa : mantissa / 10 ** decimalsRead;
	let ascii = '';
	for (let k = start; k < end; k++) {
		const c = text.charCodeAt(k);
		if (c === 44) continue;
		ascii += c === 46 || c === 0xff0e ? '.' : String.fromCharCode(48 + digitValue(c));
	}
	return Number(ascii);
}

/** A number as read. Its text as written is sliced only when asked for (rules quote it only in
 * warnings), from the offsets it was read at: a reader may move start and end into a larger text. */
class Token implements NumberToken {
	// plain fields, not #private ones: V8 sets these faster, and a token is made per number read
	private readonly src: string;
	private readonly from: number;
	private readonly to: number;

	constructor(
		text: string,
		public start: number,
		public end: number,
		public value: number,
		public decimals: number,
		public unit: string | null,
		public unitEnd: number,
		public rangeEnd: boolean,
		public rangeStart: boolean
	) {
		this.src = text;
		this.from = start;
		this.to = end;
	}

	get raw(): string {
		return this.src.slice(this.from, this.to);
	}
}

/** Every number in the text with its unit, in reading order. A number that runs into the end of
 * the text (nothing but blanks after it) is cut off and is not read. */
export function readNumbers(text: string, cutOffAtEnd = true): NumberToken[] {
	const out: NumberToken[] = [];

	let i = 0;
	const n = text.length;
	for (;;) {
		while (i < n && !DIGIT[text.charCodeAt(i) | 0]) i++;
		if (i >= n) break;
		if (JOINS[text.charCodeAt(i - 1) | 0]) {
			i++;
			continue;
		}
		const end = scanNumber(text, i);
		if (cutOffAtEnd && blankToEnd(text, end)) break;
		let value = valueOf(text, i, end);
		let decimals = decimalsRead;
		const unit = readUnit(text, end);
		if (scaleRead !== 1) {
			// 1.15万件: the digits shifted four places, rounded there so no binary fraction is left
			decimals = Math.max(0, decimals - 4);
			value = Math.round(value * 10000 * 10 ** decimals) / 10 ** decimals;
		}
		out.push(new Token(text, i, end, value, decimals, unit, unitEnd, afterRangeDash(text, i), beforeRangeDash(text, end)));
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
