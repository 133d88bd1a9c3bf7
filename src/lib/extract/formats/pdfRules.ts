// A page's drawing operators (pdf.js operator list) -> its ruling lines. Table borders come as
// thin filled rectangles (Chromium, Word) or stroked lines and rectangles (Excel, WPS); both
// become segments in page space. Curves and large filled areas (cell shading) are not rules.
import type { Rule } from './pdfGeometry.ts';

export interface DrawOps {
	save: number;
	restore: number;
	transform: number;
	constructPath: number;
	paintFormXObjectBegin: number;
	paintFormXObjectEnd: number;
	stroke: number;
	closeStroke: number;
	fill: number;
	eoFill: number;
	fillStroke: number;
	eoFillStroke: number;
	closeFillStroke: number;
	closeEOFillStroke: number;
	endPath: number;
}

type Matrix = [number, number, number, number, number, number];

/** Border lines are thinner than this (points). */
const THIN = 3;

function multiply(m: Matrix, n: Matrix): Matrix {
	return [
		m[0] * n[0] + m[1] * n[2],
		m[0] * n[1] + m[1] * n[3],
		m[2] * n[0] + m[3] * n[2],
		m[2] * n[1] + m[3] * n[3],
		m[4] * n[0] + m[5] * n[2] + n[4],
		m[4] * n[1] + m[5] * n[3] + n[5]
	];
}

type Point = [number, number];

interface Subpath {
	points: Point[];
	curved: boolean;
}

const apply = (m: Matrix, x: number, y: number): Point => [
	m[0] * x + m[2] * y + m[4],
	m[1] * x + m[3] * y + m[5]
];

/** Path data as pdf.js 5 encodes it: 0 moveTo x y, 1 lineTo x y, 2 curveTo (6 numbers),
 * 3 quadraticCurveTo (4), 4 closePath. */
function subpaths(data: ArrayLike<number>, m: Matrix): Subpath[] {
	const out: Subpath[] = [];
	let cur: Subpath | null = null;
	for (let i = 0; i < data.length; ) {
		const op = data[i++]!;
		if (op === 0) {
			cur = { points: [apply(m, data[i]!, data[i + 1]!)], curved: false };
			out.push(cur);
			i += 2;
		} else if (op === 1) {
			cur?.points.push(apply(m, data[i]!, data[i + 1]!));
			i += 2;
		} else if (op === 2 || op === 3) {
			const n = op === 2 ? 6 : 4;
			if (cur) cur.curved = true;
			cur?.points.push(apply(m, data[i + n - 2]!, data[i + n - 1]!));
			i += n;
		} else if (op === 4) {
			if (cur && cur.points.length > 1) cur.points.push(cur.points[0]!);
		} else break;
	}
	return out;
}

function thinBox(points: Point[]): Rule | null {
	const xs = points.map((p) => p[0]);
	const ys = points.map((p) => p[1]);
	const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const [w, h] = [x1 - x0, y1 - y0];
	// the side borders of an empty row are barely longer than they are thick
	if (h <= THIN && w > h) return { x0, x1, y0: (y0 + y1) / 2, y1: (y0 + y1) / 2 };
	if (w <= THIN && h > w) return { x0: (x0 + x1) / 2, x1: (x0 + x1) / 2, y0, y1 };
	return null;
}

function strokedSegments(points: Point[]): Rule[] {
	const out: Rule[] = [];
	for (let k = 1; k < points.length; k++) {
		const r = thinBox([points[k - 1]!, points[k]!]);
		if (r) out.push(r);
	}
	return out;
}

export function rulesFromOperators(
	fnArray: ArrayLike<number>,
	argsArray: ArrayLike<unknown>,
	ops: DrawOps
): Rule[] {
	const strokes = new Set([
		ops.stroke,
		ops.closeStroke,
		ops.fillStroke,
		ops.eoFillStroke,
		ops.closeFillStroke,
		ops.closeEOFillStroke
	]);
	const fills = new Set([ops.fill, ops.eoFill]);
	const stack: Matrix[] = [];
	let ctm: Matrix = [1, 0, 0, 1, 0, 0];
	const rules: Rule[] = [];
	for (let i = 0; i < fnArray.length; i++) {
		const fn = fnArray[i];
		const args = argsArray[i] as unknown[] | null;
		if (fn === ops.save) stack.push(ctm);
		else if (fn === ops.restore) ctm = stack.pop() ?? ctm;
		else if (fn === ops.transform) ctm = multiply(args as unknown as Matrix, ctm);
		else if (fn === ops.paintFormXObjectBegin) {
			stack.push(ctm);
			const matrix = args?.[0];
			if (Array.isArray(matrix) || ArrayBuffer.isView(matrix))
				ctm = multiply(Array.from(matrix as ArrayLike<number>) as Matrix, ctm);
		} else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
		else if (fn === ops.constructPath && args) {
			const paint = args[0] as number;
			if (!strokes.has(paint) && !fills.has(paint)) continue;
			const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
			if (!data) continue;
			for (const sp of subpaths(data, ctm)) {
				if (sp.curved || sp.points.length < 2) continue;
				if (strokes.has(paint)) rules.push(...strokedSegments(sp.points));
				const box = fills.has(paint) ? thinBox(sp.points) : null;
				if (box) rules.push(box);
			}
		}
	}
	return rules;
}
