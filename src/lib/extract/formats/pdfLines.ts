// One page's pieces of text -> its lines, top to bottom: a ruled table gives one line per row
// with its cells between tabs; other text is grouped by baseline, and a wide gap inside a line
// (a table without rules) becomes a tab.
import { joinParts, WIDE_CHARS } from './join.ts';
import type { PageContent, Piece } from './pdfGeometry.ts';
import { cellPieces, findGrids, inGrid } from './pdfTables.ts';

export interface Line {
	text: string;
	/** Left and right ends of the text, its baseline and the top and bottom of its box. */
	x0: number;
	x1: number;
	y: number;
	top: number;
	bottom: number;
	size: number;
	/** A row of a ruled table: never joined to its neighbours. */
	row: boolean;
	page: number;
	pageWidth: number;
}

/** Gaps between pieces, in font sizes: wider than SPACE is a space, wider than TAB a tab. */
const SPACE = 0.2;
const TAB = 1.2;
// Chinese has no spaces between words: a gap between two of its characters is justification
// (pdf.js writes one into the text too)
const WIDE = new RegExp(`[${WIDE_CHARS}]`);
const WIDE_GAP = new RegExp(`([${WIDE_CHARS}]) +(?=[${WIDE_CHARS}])`, 'g');

function byBaseline(pieces: Piece[]): Piece[][] {
	const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
	const lines: Piece[][] = [];
	for (const p of sorted) {
		const line = lines[lines.length - 1];
		if (line && Math.abs(line[0]!.y - p.y) <= 0.5 * Math.min(line[0]!.size, p.size)) line.push(p);
		else lines.push([p]);
	}
	return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

function lineText(pieces: Piece[], tabs: boolean): string {
	let out = '';
	pieces.forEach((p, i) => {
		const prev = pieces[i - 1];
		if (prev) {
			const gap = (p.x - (prev.x + prev.w)) / Math.min(p.size, prev.size);
			const between = WIDE.test(out[out.length - 1] ?? '') && WIDE.test(p.str[0] ?? '');
			if (tabs && gap >= TAB) out = out.trimEnd() + '\t';
			else if (gap > SPACE && !between && !out.endsWith(' ')) out += ' ';
		}
		out += out.endsWith('\t') || out.endsWith(' ') ? p.str.trimStart() : p.str;
	});
	return out.replace(WIDE_GAP, '$1');
}

function cellText(pieces: Piece[]): string {
	return byBaseline(pieces)
		.map((l) => lineText(l, false).trim())
		.reduce(joinParts, '');
}

/** A "cell" holding a page's worth of lines is a frame drawn round the text, not a table. */
const FRAME_LINES = 12;

export function pageLines(page: PageContent, pageNo: number): Line[] {
	const pieces = page.pieces.filter((p) => p.str.trim() !== '');
	const tables = findGrids(page.rules)
		.map((g) => ({ g, rows: cellPieces(g, pieces) }))
		.filter(({ rows }) => rows.every((r) => r.every((c) => byBaseline(c).length <= FRAME_LINES)));
	const grids = tables.map((t) => t.g);
	const common = { page: pageNo, pageWidth: page.width };
	const out: Line[] = [];
	for (const { g, rows } of tables) {
		const [x0, x1] = [g.xs[0]!, g.xs[g.xs.length - 1]!];
		rows.forEach((cells, r) => {
			const sizes = cells.flat().map((p) => p.size);
			const [top, bottom] = [g.ys[r]!, g.ys[r + 1]!];
			const text = cells.map(cellText).join('\t');
			const size = sizes.length ? Math.min(...sizes) : 0;
			out.push({ ...common, text, x0, x1, y: bottom, top, bottom, size, row: true });
		});
	}
	const loose = pieces.filter((p) => !grids.some((g) => inGrid(g, p)));
	for (const l of byBaseline(loose)) {
		const size = Math.max(...l.map((p) => p.size));
		const [first, last] = [l[0]!, l[l.length - 1]!];
		const [x0, x1, y] = [first.x, last.x + last.w, first.y];
		const [top, bottom] = [y + size * 0.8, y - size * 0.2];
		out.push({ ...common, text: lineText(l, true), x0, x1, y, top, bottom, size, row: false });
	}
	return out.sort((a, b) => b.top - a.top);
}
