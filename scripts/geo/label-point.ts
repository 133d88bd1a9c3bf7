// A point well inside a region (for its label, tooltip anchor and the test's click): on a grid
// over the largest polygon, the inside point farthest from any edge, refined twice around the
// best. A centroid can fall outside a crescent-shaped county; this cannot.
import type { Pt } from './topology.ts';
import { ringArea } from './simplify.ts';

type Polygon = Pt[][];

function inside(p: Pt, poly: Polygon): boolean {
	let odd = false;
	for (const ring of poly) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const a = ring[i]!, b = ring[j]!;
			if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) odd = !odd;
		}
	}
	return odd;
}

function edgeDistance(p: Pt, poly: Polygon): number {
	let best = Infinity;
	for (const ring of poly) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const a = ring[j]!, b = ring[i]!;
			const dx = b[0] - a[0], dy = b[1] - a[1];
			const len2 = dx * dx + dy * dy;
			const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
			best = Math.min(best, Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy));
		}
	}
	return best;
}

export function labelPoint(polygons: Polygon[], decimals = 3): Pt {
	const largest = polygons.reduce((a, b) => (Math.abs(ringArea(b[0]!)) > Math.abs(ringArea(a[0]!)) ? b : a));
	const outer = largest[0]!;
	let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
	for (const [x, y] of outer) {
		x0 = Math.min(x0, x); y0 = Math.min(y0, y);
		x1 = Math.max(x1, x); y1 = Math.max(y1, y);
	}
	let best: Pt = outer[0]!;
	let bestD = -1;
	let cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, w = x1 - x0, h = y1 - y0;
	const N = 16;
	for (let round = 0; round < 3; round++) {
		for (let i = 0; i <= N; i++) {
			for (let j = 0; j <= N; j++) {
				const p: Pt = [cx - w / 2 + (w * i) / N, cy - h / 2 + (h * j) / N];
				if (!inside(p, largest)) continue;
				const d = edgeDistance(p, largest);
				if (d > bestD) {
					bestD = d;
					best = p;
				}
			}
		}
		[cx, cy] = best;
		w /= 4;
		h /= 4;
	}
	const f = 10 ** decimals;
	return [Math.round(best[0] * f) / f, Math.round(best[1] * f) / f];
}
