// Ruled tables on a page: ruling lines that touch one another form a table; their distinct
// y and x positions cut it into a grid, and each piece of text goes to the cell it sits in.
// Empty cells stay in their columns, and a cell's wrapped lines stay in their cell, which
// reading by text position alone cannot tell apart from the next row. Where a rule is missing
// the cells are merged, and the text goes to the first of them (as the .docx reader puts it).
import { clusterValues, isHorizontal, type Piece, type Rule } from './pdfGeometry.ts';

export interface Grid {
	/** Row boundaries from top to bottom (y falls), column boundaries left to right. */
	ys: number[];
	xs: number[];
	rules: Rule[];
}

const TOUCH = 2;
const SAME = 1.5;

function touches(a: Rule, b: Rule): boolean {
	return a.x0 - TOUCH <= b.x1 && b.x0 - TOUCH <= a.x1 && a.y0 - TOUCH <= b.y1 && b.y0 - TOUCH <= a.y1;
}

function components(rules: Rule[]): Rule[][] {
	const parent = rules.map((_, i) => i);
	const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
	for (let i = 0; i < rules.length; i++)
		for (let j = i + 1; j < rules.length; j++)
			if (touches(rules[i]!, rules[j]!)) parent[find(i)] = find(j);
	const groups = new Map<number, Rule[]>();
	rules.forEach((r, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), r]));
	return [...groups.values()];
}

/** Grids of at least two cells; a lone frame round a paragraph is not a table. */
export function findGrids(rules: Rule[]): Grid[] {
	return components(rules)
		.map((rules) => ({
			ys: clusterValues(rules.filter(isHorizontal).map((r) => r.y0), SAME).reverse(),
			xs: clusterValues(rules.filter((r) => !isHorizontal(r)).map((r) => r.x0), SAME),
			rules
		}))
		.filter((g) => g.ys.length >= 2 && g.xs.length >= 2 && (g.ys.length - 1) * (g.xs.length - 1) >= 2);
}

/** Where a piece's text sits: a little right of its start, mid-height of its letters. */
const anchor = (p: Piece): [number, number] => [p.x + Math.min(p.w, p.size) / 2, p.y + p.size * 0.35];

export function inGrid(g: Grid, p: Piece): boolean {
	const [x, y] = anchor(p);
	return x > g.xs[0]! && x < g.xs[g.xs.length - 1]! && y < g.ys[0]! && y > g.ys[g.ys.length - 1]!;
}

/** Index of the interval between neighbouring bounds that holds v, or -1. */
function slot(bounds: number[], v: number): number {
	for (let i = 0; i + 1 < bounds.length; i++) {
		const [a, b] = [bounds[i]!, bounds[i + 1]!];
		if (v >= Math.min(a, b) && v < Math.max(a, b)) return i;
	}
	return -1;
}

/** Is there a rule along x = at (vertical) or y = at (horizontal) where it crosses `across`? */
function ruled(g: Grid, vertical: boolean, at: number, across: number): boolean {
	return g.rules.some((r) =>
		vertical
			? !isHorizontal(r) && Math.abs(r.x0 - at) <= SAME && r.y0 - TOUCH <= across && across <= r.y1 + TOUCH
			: isHorizontal(r) && Math.abs(r.y0 - at) <= SAME && r.x0 - TOUCH <= across && across <= r.x1 + TOUCH
	);
}

/** The pieces of each cell, row by row; pieces outside the grid are left out. */
export function cellPieces(g: Grid, pieces: Piece[]): Piece[][][] {
	const empty = () => Array.from({ length: g.xs.length - 1 }, (): Piece[] => []);
	const rows = Array.from({ length: g.ys.length - 1 }, empty);
	const midY = (r: number) => (g.ys[r]! + g.ys[r + 1]!) / 2;
	const midX = (c: number) => (g.xs[c]! + g.xs[c + 1]!) / 2;
	for (const p of pieces) {
		const [x, y] = anchor(p);
		let r = slot(g.ys, y);
		let c = slot(g.xs, x);
		if (r < 0 || c < 0) continue;
		while (c > 0 && !ruled(g, true, g.xs[c]!, midY(r))) c--;
		while (r > 0 && !ruled(g, false, g.ys[r]!, midX(c))) r--;
		rows[r]![c]!.push(p);
	}
	return rows;
}
