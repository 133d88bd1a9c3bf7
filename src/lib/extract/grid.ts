// A table's rows read by column header: each number in a data row becomes a record with its row
// label, its classification code, its merged column header and its unit. Header rows may stack
// (a spanning "本年支出" over "小计 | 基本支出 | 项目支出") and may start again mid-table.
import { charSet, DIGIT as DIGIT_, SPACE as SPACE_ } from './chars.ts';
import { readNumbers, valueOf, type NumberToken } from './numbers.ts';
import type { Cell, Table } from './tables.ts';
// module-local aliases: the scans below read these per character, and a local binding
// is cheaper than an imported one when modules are loaded unbundled (tsx, ingest)
const DIGIT = DIGIT_;
const SPACE = SPACE_;

export interface TableRecord {
	table: Table;
	row: number;
	col: number;
	/** Row label as written, list markers and blanks removed ('' when the row has none). */
	label: string;
	/** Classification code written left of the label (301, 2010308), or null. */
	code: string | null;
	/** Header path of the column, parts joined by '/', blanks removed. */
	column: string;
	cell: Cell;
	token: NumberToken;
	unit: string | null;
	/** Read from a "label：number" cell rather than from a column. */
	inline: boolean;
	/** Which stack of header rows above it (0, 1 …): records of one header and column share it. */
	header: number;
}

const INLINE = /^(?:其中[：:])?([^：:]+)[：:]\s*([0-9０-９][0-9０-９,.．]*)\s*(?:万元|元)?$/;
const PLAIN = /^[0-9]{1,15}(?:\.[0-9]+)?$/;
const NON_VALUE = /行次|栏次|分值|得分|率|规模|编码|代码|指标值|完成值|权重|序号/;

function hasSpace(s: string): boolean {
	for (let i = 0; i < s.length; i++) if (SPACE[s.charCodeAt(i) | 0]) return true;
	return false;
}

export const squash = (s: string) => (hasSpace(s) ? s.replace(/[\s\u3000]+/g, '') : s);

const MARKER_FIRST = charSet('一二三四五六七八九十（(0123456789０１２３４５６７８９');

export function cleanLabel(s: string): string {
	let t = squash(s);
	if (MARKER_FIRST[t.charCodeAt(0) | 0])
		t = t.replace(/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9０-９]{1,2}[、.．](?![0-9]))/, '');
	return t.startsWith('其中') ? t.replace(/^其中[：:]?/, '') : t;
}

const NUMBER_CHAR = charSet('0123456789０１２３４５６７８９,.．');
const [WAN, YI, YUAN, REN, MING, PCT, PCT_FW] = [...'万亿元人名%％'].map((c) => c.charCodeAt(0));

/** NUMERIC, read by hand: digits, separators, blanks, then one of its units or nothing. Returns
 * NOT_NUMERIC, PLAIN_NUMBER (ASCII digits with at most one point: /^[0-9]{1,15}(?:\.[0-9]+)?$/)
 * or NUMERIC_CELL. */
function numericKind(t: string): number {
	if (!DIGIT[t.charCodeAt(0) | 0]) return NOT_NUMERIC;
	let ascii = true;
	let dot = false;
	let int = 0;
	let frac = 0;
	let i = 0;
	for (; NUMBER_CHAR[t.charCodeAt(i) | 0]; i++) {
		const c = t.charCodeAt(i);
		if (c >= 48 && c <= 57) {
			if (dot) frac++;
			else int++;
		} else if (c === 46 && !dot) dot = true;
		else ascii = false;
	}
	if (i === t.length) return ascii && int <= 15 && (!dot || frac > 0) ? PLAIN_NUMBER : NUMERIC_CELL;
	while (SPACE[t.charCodeAt(i) | 0]) i++;
	const rest = t.length - i;
	if (rest === 0) return NUMERIC_CELL;
	const c = t.charCodeAt(i);
	if (rest === 1) return c === YUAN || c === REN || c === MING || c === PCT || c === PCT_FW ? NUMERIC_CELL : NOT_NUMERIC;
	return rest === 2 && (c === WAN || c === YI) && t.charCodeAt(i + 1) === YUAN ? NUMERIC_CELL : NOT_NUMERIC;
}
const [NOT_NUMERIC, PLAIN_NUMBER, NUMERIC_CELL] = [0, 1, 2];
/** INLINE ends in a digit, a separator or 元: most label cells are turned away by their last character. */
const INLINE_LAST = charSet('0123456789０１２３４５６７８９,.．元');
const inlineOf = (t: string) =>
	INLINE_LAST[t.charCodeAt(t.length - 1) | 0] && (t.includes('：') || t.includes(':')) ? INLINE.exec(t) : null;

const LAN = '栏'.charCodeAt(0);

/** A row that numbers the columns (栏次, or 1 2 3 …). */
function isColumnNumbers(row: Cell[]): boolean {
	let n = 0;
	for (const c of row) {
		const text = c.text;
		if (text === '') continue;
		if (text.charCodeAt(0) === LAN && squash(text) === '栏次') return true;
		// Number() reads an integer only from text that starts with a digit, + or . (cells are trimmed)
		if (n < 0) continue;
		const first = text.charCodeAt(0);
		if ((first < 48 || first > 57) && first !== 43 && first !== 46) n = -Infinity;
		else if (Number(squash(text)) !== ++n) n = -Infinity;
	}
	return n >= 3;
}

/** Each column's header path: the stacked header cells joined by '/', a blank cell of an upper
 * row taking the text to its left (a header spanning columns). */
function columnLabels(headers: Cell[][]): string[] {
	let width = 0;
	for (const r of headers) if (r.length > width) width = r.length;
	const parts: string[][] = [];
	for (let j = 0; j < width; j++) parts.push([]);
	headers.forEach((r, i) => {
		const spans = i < headers.length - 1;
		let last = '';
		for (let j = 0; j < width; j++) {
			const cell = r[j];
			const t = cell === undefined || cell.text === '' ? '' : squash(cell.text);
			if (t !== '') last = t;
			const part = t !== '' ? t : spans ? last : '';
			if (part !== '') parts[j]!.push(part);
		}
	});
	// join gives flat strings: a column's path is a map key for every cell below it
	return parts.map((p) => p.join('/'));
}

function unitOf(text: string): string | null {
	const m = /[（(](万元|元|亿元|人)[）)]/.exec(text);
	return m ? m[1]! : null;
}

/** The one number of a cell's text, with offsets into the report (the text starts at `at`). */
function numberIn(at: number, text: string, plain = PLAIN.test(text)): NumberToken | null {
	// most cells are plain ASCII decimals: read as readNumbers would, without scanning for more
	if (plain) {
		const dot = text.indexOf('.');
		const end = at + text.length;
		return { start: at, end, raw: text, value: valueOf(text, 0, text.length), decimals: dot < 0 ? 0 : text.length - dot - 1, unit: null, unitEnd: end, rangeEnd: false, rangeStart: false };
	}
	const toks = readNumbers(text, false);
	if (toks.length !== 1) return null;
	const t = toks[0]!;
	t.start += at;
	t.end += at;
	t.unitEnd += at;
	return t;
}

const WHOLE_CODE = /^[0-9]{3,7}$/;
const CLASS_PART = /^[0-9]{3}$/;
const SUB_PART = /^[0-9]{2}$/;

/** The classification code written left of a row label: in one cell (2010308), or split over
 * 类 | 款 | 项 (or 类 | 款) cells: 201 | 03 | 08, with the lower parts blank on a class's own row. */
function codeLeftOf(row: Cell[], label: number): string | null {
	const prev = row[label - 1]?.text ?? '';
	if (WHOLE_CODE.test(prev)) return prev;
	for (let width = 3; width >= 2; width--) {
		if (label < width || !CLASS_PART.test(row[label - width]!.text)) continue;
		let code = row[label - width]!.text;
		let blank = false;
		let ok = true;
		for (let k = label - width + 1; k < label && ok; k++) {
			const part = row[k]!.text;
			if (part === '') blank = true;
			else if (blank || !SUB_PART.test(part)) ok = false;
			else code += part;
		}
		if (ok) return code;
	}
	return null;
}

export function readGrid(table: Table): TableRecord[] {
	const out: TableRecord[] = [];
	let headers: Cell[][] = [];
	let labels: string[] = [];
	/** Per column: a column of row numbers, weights or targets; the unit its header states. */
	let nonValue: boolean[] = [];
	let columnUnit: (string | null)[] = [];
	let headerUnit: string | null = null;
	let stale = false;
	let header = -1;
	let inData = false;
	let kinds = new Uint8Array(16);
	table.rows.forEach((row, r) => {
		if (isColumnNumbers(row)) return;
		let named = 0;
		let first: Cell | null = null;
		let values = false;
		// per cell: its numericKind, and its inline match (most rows have none: no array then)
		if (kinds.length < row.length) kinds = new Uint8Array(row.length * 2);
		let inlines: (RegExpExecArray | null)[] | null = null;
		for (let j = 0; j < row.length; j++) {
			const c = row[j]!;
			if (c.text !== '') {
				named++;
				first ??= c;
			}
			const kind = numericKind(c.text);
			kinds[j] = kind;
			if (kind !== NOT_NUMERIC) values = true;
			else {
				// a number with its unit holds no colon, so it is never an inline cell
				const inl = inlineOf(c.text);
				if (inl) {
					(inlines ??= new Array<RegExpExecArray | null>(row.length).fill(null))[j] = inl;
					values = true;
				}
			}
		}
		// a key-value line such as 单位名称 | 绥宁县信访局 is neither header nor data
		if (named === 2 && /名称$/.test(squash(first!.text))) return;
		if (named > 0 && !values) {
			if (inData && named < 2) return;
			if (inData) headers = [];
			inData = false;
			headers.push(row);
			stale = true;
			return;
		}
		inData = true;
		// what the headers say is read once, at the first data row below them
		if (stale) {
			labels = columnLabels(headers);
			nonValue = labels.map((l) => NON_VALUE.test(l));
			columnUnit = labels.map(unitOf);
			headerUnit = headers.map((h) => h.map((c) => unitOf(c.text)).find((u) => u) ?? null).find((u) => u) ?? null;
			stale = false;
			header++;
		}
		// the label left of a value: the nearest named cell that is not itself a value
		let labelCol = -1;
		let label = '';
		let code: string | null = null;
		let labelRead = false;
		for (let j = 0; j < row.length; j++) {
			const c = row[j]!;
			const inline = inlines === null ? null : inlines[j]!;
			const numeric = kinds[j] !== NOT_NUMERIC;
			const leftLabel = labelCol;
			if (c.text !== '' && !numeric) {
				labelCol = j;
				label = '';
				code = null;
				labelRead = false;
			}
			if (!numeric && !inline) continue;
			const column = labels[j] ?? '';
			if (!inline && (nonValue[j] ?? false)) continue;
			let cellLabel = '';
			let cellCode: string | null = null;
			if (inline) cellLabel = cleanLabel(inline[1]!);
			else if (leftLabel >= 0) {
				if (!labelRead) {
					label = cleanLabel(row[leftLabel]!.text);
					code = codeLeftOf(row, leftLabel);
					labelRead = true;
				}
				cellLabel = label;
				cellCode = code;
			}
			const token = inline ? numberIn(c.text.lastIndexOf(inline[2]!) + c.start, inline[2]!) : numberIn(c.start, c.text, kinds[j] === PLAIN_NUMBER);
			if (!token) continue;
			const unit = token.unit ?? (j < labels.length ? columnUnit[j]! : null) ?? headerUnit ?? table.unit;
			out.push({ table, row: r, col: j, label: cellLabel, code: cellCode, column, cell: c, token, unit, inline: inline !== null, header });
		}
	});
	return out;
}
