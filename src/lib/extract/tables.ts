// Tables flattened to text, cut into rows of cells with offsets: tab-separated lines (one row a
// line), "|"-separated lines, or one cell per line (each cell a tab-led line, rows between blank
// lines, a cell's wrapped text on the following untabbed lines).
import { SPACE } from './chars.ts';
import { Lines } from './lines.ts';

export interface Cell {
	text: string;
	start: number;
	end: number;
}

export interface Table {
	/** The table's title as written above it ("一般公共预算财政拨款支出决算表"), or ''. */
	title: string;
	/** Unit stated above the table ("单位：万元"), or null. */
	unit: string | null;
	start: number;
	end: number;
	rows: Cell[][];
}

/** A cell of its own: a line that starts with a tab and holds no other. */
function isCellLine(ls: Lines, k: number): boolean {
	return k < ls.length && ls.tabs[k] === 1 && ls.text.charCodeAt(ls.start[k]!) === 9;
}

/** How many separators (tab or bar) the line holds. */
function seps(ls: Lines, k: number, sep: string): number {
	return sep === '\t' ? ls.tabs[k]! : ls.bars[k]!;
}

/** The cell from..to, blanks trimmed. `oneLine`: it lies within one line (a cell of a tab or bar
 * row), so there is no wrapped text to join. */
function cell(text: string, from: number, to: number, oneLine = false): Cell {
	let a = from;
	let b = to;
	while (a < b && SPACE[text.charCodeAt(a) | 0]) a++;
	while (b > a && SPACE[text.charCodeAt(b - 1) | 0]) b--;
	let multiline = false;
	if (!oneLine)
		for (let i = a; i < b; i++)
			if (text.charCodeAt(i) === 10) {
				multiline = true;
				break;
			}
	const raw = text.slice(a, b);
	return { text: multiline ? raw.replace(/\s*\n\s*/g, '') : raw, start: a, end: b };
}

/** Cells of a row. `framed`: the table writes every row between bars ("| a | b |"), so the empty
 * text outside the outer bars is no cell. Otherwise an empty first cell is real: the part of a cell
 * merged down from the row above ("| 年度资金总额 | 300" under "年度预算资金 | | 年初预算数"), and
 * keeping it keeps each value under its header. */
function splitRow(ls: Lines, k: number, sep: string, framed = false): Cell[] {
	const text = ls.text;
	const out: Cell[] = [];
	let from = ls.start[k]!;
	const end = ls.end[k]!;
	const code = sep.charCodeAt(0);
	for (;;) {
		// (a scan that stops at the line's end: indexOf ran on past it to the next row's separator)
		let to = from;
		while (to < end && text.charCodeAt(to) !== code) to++;
		out.push(cell(text, from, to, true));
		if (to === end) break;
		from = to + 1;
	}
	if (sep === '|') {
		if (framed && out.length > 0 && out[0]!.text === '') out.shift();
		// an empty last cell shifts nothing: dropped whether framed or not
		if (out.length > 0 && out[out.length - 1]!.text === '' && /\|\s*$/.test(ls.textOf(k))) out.pop();
	}
	return out;
}

const OPENS = /^\s*\|/;
const CLOSES = /\|\s*$/;

/** Every row line of a "|" table starts and ends with a bar. */
function framedRows(ls: Lines, lines: number[]): boolean {
	return lines.every((k) => {
		const t = ls.textOf(k);
		return OPENS.test(t) && CLOSES.test(t);
	});
}

/** A row of a table that a single blank line interrupted: it goes on with several cells. */
function multiTab(ls: Lines, k: number, sep: string): boolean {
	return k < ls.length && (seps(ls, k, sep) > 1 || (sep === '\t' && ls.tabs[k]! > 0 && !isCellLine(ls, k)));
}

/** Title and unit from the few short lines above a table. */
function caption(ls: Lines, first: number): { title: string; unit: string | null } {
	let title = '';
	let unit: string | null = null;
	for (let k = first - 1, seen = 0; k >= 0 && seen < 8; k--) {
		const t = ls.textOf(k).trim();
		if (t === '') continue;
		if (t.includes('\t') || t.length > 60) break;
		seen++;
		const u = /单位[：:]\s*(万元|元|亿元|人)/.exec(t);
		if (u && !unit) unit = u[1]!;
		if (!title && /表$/.test(t) && !/^公开\s*[0-9０-９]+\s*表$/.test(t)) title = t;
	}
	return { title, unit };
}

function table(ls: Lines, first: number, start: number, end: number, rows: Cell[][]): Table {
	const { title, unit } = caption(ls, first);
	return { title, unit, start, end, rows };
}

export function findTables(text: string, lines?: Lines): Table[] {
	const out: Table[] = [];
	// a table needs a tab or a bar somewhere
	if (!text.includes('\t') && !text.includes('|')) return out;
	const ls = lines ?? new Lines(text);
	let i = 0;
	while (i < ls.length) {
		if (isCellLine(ls, i)) {
			const first = i;
			const rows: Cell[][] = [];
			let row: Cell[] = [];
			let cur: { from: number; to: number } | null = null;
			for (; i < ls.length; i++) {
				if (isCellLine(ls, i)) {
					if (cur) row.push(cell(text, cur.from, cur.to));
					cur = { from: ls.start[i]! + 1, to: ls.end[i]! };
				} else if (ls.blank(i)) {
					if (cur) row.push(cell(text, cur.from, cur.to));
					cur = null;
					if (row.length > 0) rows.push(row);
					row = [];
					if (i + 1 < ls.length && !isCellLine(ls, i + 1) && !ls.blank(i + 1)) break;
				} else if (cur) {
					cur.to = ls.end[i]!;
				} else break;
			}
			if (cur) row.push(cell(text, cur.from, cur.to));
			if (row.length > 0) rows.push(row);
			const last = Math.min(i, ls.length) - 1;
			out.push(table(ls, first, ls.start[first]!, ls.end[last]!, rows));
			continue;
		}
		const sep = ls.tabs[i]! > 0 ? '\t' : ls.bars[i]! >= 2 ? '|' : null;
		if (sep) {
			const first = i;
			const rowLines: number[] = [];
			while ((i < ls.length && seps(ls, i, sep) > 0) || (ls.blank(i) && rowLines.length > 0 && multiTab(ls, i + 1, sep))) {
				if (!ls.blank(i) && !(sep === '|' && /^[\s|:-]+$/.test(ls.textOf(i)))) rowLines.push(i);
				i++;
			}
			// a run of lines holding nothing but tabs and blanks is no table
			if (rowLines.length === 0) continue;
			const framed = sep === '|' && framedRows(ls, rowLines);
			const rows = rowLines.map((k) => splitRow(ls, k, sep, framed));
			let k = i - 1;
			while (ls.blank(k)) k--;
			out.push(table(ls, first, ls.start[first]!, ls.end[k]!, rows));
			continue;
		}
		i++;
	}
	return out;
}
