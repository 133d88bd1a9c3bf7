// What the PDF readers pass between them: text pieces and ruling lines in page space (points,
// y upwards, as the PDF has them).

/** A piece of text on one baseline: x at its left, y at its baseline, w its advance. */
export interface Piece {
	str: string;
	x: number;
	y: number;
	w: number;
	size: number;
}

/** A horizontal (y0 = y1) or vertical (x0 = x1) ruling line, such as a table border. */
export interface Rule {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface PageContent {
	width: number;
	pieces: Piece[];
	rules: Rule[];
}

export const isHorizontal = (r: Rule) => r.y0 === r.y1;

/** Sorted distinct values, those closer than tol taken as one (their mean). */
export function clusterValues(values: number[], tol: number): number[] {
	const sorted = [...values].sort((a, b) => a - b);
	const out: number[][] = [];
	for (const v of sorted) {
		const last = out[out.length - 1];
		if (last && v - last[last.length - 1]! <= tol) last.push(v);
		else out.push([v]);
	}
	return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}
