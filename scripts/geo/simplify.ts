// Douglas-Peucker on one arc, ends kept, so arcs that meet at a junction still meet. Distances
// are in degrees of latitude, with longitude shrunk by cos(latitude) so tolerance means the same
// on the ground in Hainan and Heilongjiang.
import type { Pt } from './topology.ts';

function segmentDistance(p: Pt, a: Pt, b: Pt, kx: number): number {
	const ax = a[0] * kx, ay = a[1];
	const dx = b[0] * kx - ax, dy = b[1] - ay;
	const px = p[0] * kx - ax, py = p[1] - ay;
	const len2 = dx * dx + dy * dy;
	const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (px * dx + py * dy) / len2));
	return Math.hypot(px - t * dx, py - t * dy);
}

function keep(points: Pt[], tolerance: number, kx: number, from: number, to: number, out: boolean[]): void {
	let worst = -1;
	let at = -1;
	for (let i = from + 1; i < to; i++) {
		const d = segmentDistance(points[i]!, points[from]!, points[to]!, kx);
		if (d > worst) {
			worst = d;
			at = i;
		}
	}
	if (at < 0 || worst <= tolerance) return;
	out[at] = true;
	keep(points, tolerance, kx, from, at, out);
	keep(points, tolerance, kx, at, to, out);
}

/** An arc with the points that matter at this tolerance; a closed arc stays closed. */
export function simplifyArc(points: Pt[], tolerance: number): Pt[] {
	if (points.length <= 2) return points;
	const meanLat = points.reduce((s, p) => s + p[1], 0) / points.length;
	const kx = Math.cos((meanLat * Math.PI) / 180);
	const out = points.map((_, i) => i === 0 || i === points.length - 1);
	const last = points.length - 1;
	const closed = points[0]![0] === points[last]![0] && points[0]![1] === points[last]![1];
	if (closed) {
		// a loop: split at the point farthest from its start, and simplify both halves
		let far = 1;
		let best = -1;
		for (let i = 1; i < last; i++) {
			const d = Math.hypot((points[i]![0] - points[0]![0]) * kx, points[i]![1] - points[0]![1]);
			if (d > best) {
				best = d;
				far = i;
			}
		}
		out[far] = true;
		keep(points, tolerance, kx, 0, far, out);
		keep(points, tolerance, kx, far, last, out);
	} else keep(points, tolerance, kx, 0, last, out);
	return points.filter((_, i) => out[i]);
}

/** Coordinates to a fixed number of decimals; repeated points after rounding dropped. */
export function roundRing(ring: Pt[], decimals: number): Pt[] {
	const f = 10 ** decimals;
	const out: Pt[] = [];
	for (const p of ring) {
		const q: Pt = [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
		const last = out[out.length - 1];
		if (!last || last[0] !== q[0] || last[1] !== q[1]) out.push(q);
	}
	return out;
}

/** Signed area (shoelace, degrees²): positive counter-clockwise. */
export function ringArea(ring: Pt[]): number {
	let s = 0;
	for (let i = 0, n = ring.length; i < n; i++) {
		const a = ring[i]!;
		const b = ring[(i + 1) % n]!;
		s += a[0] * b[1] - b[0] * a[1];
	}
	return s / 2;
}
