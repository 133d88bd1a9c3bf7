// Tables flattened to text, cut into rows of cells with offsets: tab-separated lines (one row a
// line), "|"-separated lines, or one cell per line (each cell a tab-led line, rows between blank
// lines, a cell's wrapped text on the following untabbed lines).
import { SPACE } from './chars.ts';

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

interface Line {
	text: string;
	start: number;
}

function lines(text: string): Line[] {
	const out: Line[] = [];
	let pos = 0;
	for (;;) {
		const nl = text.indexOf('\n', pos);
		const end = nl < 0 ? text.length : nl;
		out.push({ text: text.slice(pos, end), start: pos });
		if (nl < 0) return out;
		pos = nl + 1;
	}
}

function cell(text: string, from: number, to: number): Cell {
	let a = from;
	let b = to;
	while (a < b && SPACE[text.charCodeAt(a)]) a++;
	while (b > a && SPACE[text.charCodeAt(b - 1)]) b--;
	const raw = text.slice(a, b);
	return { text: raw.includes('\n') ? raw.replace(/\s*\n\s*/g, '') : raw, start: a, end: b };
}

function splitRow(text: string, line: Line, sep: string): Cell[] {
	const out: Cell[] = [];
	const code = sep.charCodeAt(0);
	let from = line.start;
	const end = line.start + line.text.length;
	for (let i = from; i <= end; i++) {
		if (i === end || text.charCodeAt(i) === code) {
			out.push(cell(text, from, i));
			from = i + 1;
		}
	}
	if (sep === '|' && out.length > 0 && out[0]!.text === '' && /^\s*\|/.test(line.text)) out.shift();
	if (sep === '|' && out.length > 0 && out[out.length - 1]!.text === '' && /\|\s*$/.test(line.text)) out.pop();
	return out;
}

/** A cell of its own: a line that starts with a tab and holds no other. */
const isCellLine = (t: string) => t.charCodeAt(0) === 9 && t.indexOf('\t', 1) < 0;

function blank(l: Line): boolean {
	const t = l.text;
	for (let i = 0; i < t.length; i++) if (!SPACE[t.charCodeAt(i)]) return false;
	return true;
}

function count(t: string, sep: string): number {
	let n = 0;
	for (let i = t.indexOf(sep); i >= 0; i = t.indexOf(sep, i + 1)) n++;
	return n;
}

/** A row of a table that a single blank line interrupted: it goes on with several cells. */
function multiTab(l: Line | undefined, sep: string): boolean {
	return l !== undefined && (count(l.text, sep) > 1 || (sep === '\t' && l.text.includes('\t') && !isCellLine(l.text)));
}

/** Title and unit from the few short lines above a table. */
function caption(ls: Line[], first: number): { title: string; unit: string | null } {
	let title = '';
	let unit: string | null = null;
	for (let k = first - 1, seen = 0; k >= 0 && seen < 8; k--) {
		const t = ls[k]!.text.trim();
		if (t === '') continue;
		if (t.includes('\t') || t.length > 60) break;
		seen++;
		const u = /单位[：:]\s*(万元|元|亿元|人)/.exec(t);
		if (u && !unit) unit = u[1]!;
		if (!title && /表$/.test(t) && !/^公开\s*[0-9０-９]+\s*表$/.test(t)) title = t;
	}
	return { title, unit };
}

function table(ls: Line[], first: number, start: number, end: number, rows: Cell[][]): Table {
	const { title, unit } = caption(ls, first);
	return { title, unit, start, end, rows };
}

export function findTables(text: string): Table[] {
	const ls = lines(text);
	const out: Table[] = [];
	let i = 0;
	while (i < ls.length) {
		const l = ls[i]!;
		if (isCellLine(l.text)) {
			const first = i;
			const rows: Cell[][] = [];
			let row: Cell[] = [];
			let cur: { from: number; to: number } | null = null;
			const flush = () => {
				if (cur) row.push(cell(text, cur.from, cur.to));
				cur = null;
			};
			for (; i < ls.length; i++) {
				const m = ls[i]!;
				if (isCellLine(m.text)) {
					flush();
					cur = { from: m.start + 1, to: m.start + m.text.length };
				} else if (blank(m)) {
					flush();
					if (row.length > 0) rows.push(row);
					row = [];
					if (i + 1 < ls.length && !isCellLine(ls[i + 1]!.text) && !blank(ls[i + 1]!)) break;
				} else if (cur) {
					cur.to = m.start + m.text.length;
				} else break;
			}
			flush();
			if (row.length > 0) rows.push(row);
			const last = ls[Math.min(i, ls.length) - 1]!;
			out.push(table(ls, first, l.start, last.start + last.text.length, rows));
			continue;
		}
		const sep = l.text.includes('\t') ? '\t' : count(l.text, '|') >= 2 ? '|' : null;
		if (sep) {
			const first = i;
			const rows: Cell[][] = [];
			const continues = (k: number) => k < ls.length && ls[k]!.text.includes(sep);
			while (continues(i) || (blank(ls[i] ?? { text: 'x', start: 0 }) && rows.length > 0 && multiTab(ls[i + 1], sep))) {
				if (!blank(ls[i]!) && !(sep === '|' && /^[\s|:-]+$/.test(ls[i]!.text))) rows.push(splitRow(text, ls[i]!, sep));
				i++;
			}
			// a run of lines holding nothing but tabs and blanks is no table
			if (rows.length === 0) continue;
			let k = i - 1;
			while (blank(ls[k]!)) k--;
			const last = ls[k]!;
			out.push(table(ls, first, l.start, last.start + last.text.length, rows));
			continue;
		}
		i++;
	}
	return out;
}
