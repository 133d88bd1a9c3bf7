// A table's rows read by column header: each number in a data row becomes a record with its row
// label, its classification code, its merged column header and its unit. Header rows may stack
// (a spanning "本年支出" over "小计 | 基本支出 | 项目支出") and may start again mid-table.
import { readNumbers, type NumberToken } from './numbers.ts';
import type { Cell, Table } from './tables.ts';

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
}

const NUMERIC = /^[0-9０-９][0-9０-９,.．]*\s*(?:万元|元|亿元|人|名|%|％)?$/;
const INLINE = /^(?:其中[：:])?([^：:]+)[：:]\s*([0-9０-９][0-9０-９,.．]*)\s*(?:万元|元)?$/;
const NON_VALUE = /行次|栏次|分值|得分|率|规模|编码|代码|指标值|完成值|权重|序号/;

export const squash = (s: string) => s.replace(/[\s\u3000]+/g, '');

export function cleanLabel(s: string): string {
	return squash(s)
		.replace(/^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9０-９]{1,2}[、.．](?![0-9]))/, '')
		.replace(/^其中[：:]?/, '');
}

const isNumeric = (c: Cell) => NUMERIC.test(c.text);
const isInline = (c: Cell) => INLINE.test(c.text);

function isColumnNumbers(row: Cell[]): boolean {
	const vals = row.map((c) => squash(c.text)).filter((t) => t !== '');
	if (vals.some((t) => /^栏次$/.test(t))) return true;
	const ints = vals.map(Number);
	return ints.length >= 3 && ints.every((n, i) => n === i + 1);
}

function isHeader(row: Cell[]): boolean {
	return row.some((c) => c.text !== '') && !row.some((c) => isNumeric(c) || isInline(c));
}

function columnLabels(headers: Cell[][]): string[] {
	const width = Math.max(0, ...headers.map((r) => r.length));
	const filled = headers.map((r, i) => {
		const out: string[] = [];
		let last = '';
		for (let j = 0; j < width; j++) {
			const t = squash(r[j]?.text ?? '');
			if (t !== '') last = t;
			out.push(t !== '' ? t : i < headers.length - 1 ? last : '');
		}
		return out;
	});
	return Array.from({ length: width }, (_, j) => filled.map((r) => r[j]).filter((t) => t).join('/'));
}

function unitOf(text: string): string | null {
	const m = /[（(](万元|元|亿元|人)[）)]/.exec(text);
	return m ? m[1]! : null;
}

function numberIn(cell: Cell): NumberToken | null {
	const toks = readNumbers(cell.text, false);
	if (toks.length !== 1) return null;
	const t = toks[0]!;
	return { ...t, start: t.start + cell.start, end: t.end + cell.start, unitEnd: t.unitEnd + cell.start };
}

export function readGrid(table: Table): TableRecord[] {
	const out: TableRecord[] = [];
	let headers: Cell[][] = [];
	let labels: string[] = [];
	let headerUnit: string | null = null;
	let inData = false;
	table.rows.forEach((row, r) => {
		if (isColumnNumbers(row)) return;
		// a key-value line such as 单位名称 | 绥宁县信访局 is neither header nor data
		if (row.filter((c) => c.text !== '').length === 2 && /名称$/.test(squash(row.find((c) => c.text !== '')!.text))) return;
		if (isHeader(row)) {
			const named = row.filter((c) => c.text !== '').length;
			if (inData && named < 2) return;
			if (inData) headers = [];
			inData = false;
			headers.push(row);
			labels = columnLabels(headers);
			headerUnit = headers.map((h) => h.map((c) => unitOf(c.text)).find((u) => u) ?? null).find((u) => u) ?? null;
			return;
		}
		inData = true;
		row.forEach((c, j) => {
			const inline = INLINE.exec(c.text);
			if (!isNumeric(c) && !inline) return;
			const column = labels[j] ?? '';
			if (!inline && NON_VALUE.test(column)) return;
			let label = '';
			let code: string | null = null;
			if (inline) label = cleanLabel(inline[1]!);
			else {
				for (let k = j - 1; k >= 0; k--) {
					const t = row[k]!.text;
					if (t === '' || isNumeric(row[k]!)) continue;
					label = cleanLabel(t);
					const prev = row[k - 1]?.text ?? '';
					if (/^[0-9]{3,7}$/.test(prev)) code = prev;
					break;
				}
			}
			const cellForNumber = inline ? { ...c, start: c.start + c.text.lastIndexOf(inline[2]!), text: inline[2]! } : c;
			const token = numberIn(cellForNumber);
			if (!token) return;
			const unit = token.unit ?? unitOf(column) ?? headerUnit ?? table.unit;
			out.push({ table, row: r, col: j, label, code, column, cell: c, token, unit, inline: inline !== null });
		});
	});
	return out;
}
