// Rings -> shared arcs, so a border between two regions is simplified once and both regions
// keep the same line (no gaps, no overlaps). A point is a junction where the rings through it
// disagree about its neighbours (the rule topojson-server uses); rings are cut at junctions and
// identical runs of points, in either direction, become one arc. This relies on neighbouring
// rings sharing their border vertices exactly, which holds for the reference files (snapped).

export type Pt = [number, number];

export interface Topology {
	/** arcs[i] is a run of points; a closed arc (a ring with no junction) ends where it starts */
	arcs: Pt[][];
	/** for each input ring, its arcs in order; ~i means arc i reversed */
	rings: number[][];
}

const key = (p: Pt) => `${p[0]},${p[1]}`;

/** A ring as given (closed or not) without its closing point and repeated points. */
export function openRing(ring: Pt[]): Pt[] {
	const out: Pt[] = [];
	for (const p of ring) {
		const last = out[out.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
	}
	const first = out[0];
	const last = out[out.length - 1];
	if (out.length > 1 && first && last && first[0] === last[0] && first[1] === last[1]) out.pop();
	return out;
}

function junctions(rings: Pt[][]): Set<string> {
	const neighbours = new Map<string, string>();
	const out = new Set<string>();
	for (const ring of rings) {
		const n = ring.length;
		for (let i = 0; i < n; i++) {
			const k = key(ring[i]!);
			const a = key(ring[(i + n - 1) % n]!);
			const b = key(ring[(i + 1) % n]!);
			const pair = a < b ? `${a}|${b}` : `${b}|${a}`;
			const seen = neighbours.get(k);
			if (seen === undefined) neighbours.set(k, pair);
			else if (seen !== pair) out.add(k);
		}
	}
	return out;
}

/** A closed run rotated to start at its smallest point, so both sides of a loop match. */
function canonicalLoop(points: Pt[]): Pt[] {
	let best = 0;
	for (let i = 1; i < points.length; i++) if (key(points[i]!) < key(points[best]!)) best = i;
	return [...points.slice(best), ...points.slice(0, best)];
}

export function buildTopology(input: Pt[][]): Topology {
	const rings = input.map(openRing);
	const isJunction = junctions(rings);
	const arcs: Pt[][] = [];
	const index = new Map<string, number>();
	const refOf = (run: Pt[]): number => {
		const fwd = run.map(key).join(';');
		const found = index.get(fwd);
		if (found !== undefined) return found;
		const rev = [...run].reverse().map(key).join(';');
		const back = index.get(rev);
		if (back !== undefined) return ~back;
		arcs.push(run);
		index.set(fwd, arcs.length - 1);
		return arcs.length - 1;
	};
	const refs = rings.map((ring) => {
		const cuts: number[] = [];
		ring.forEach((p, i) => isJunction.has(key(p)) && cuts.push(i));
		if (ring.length < 3) return [];
		if (cuts.length === 0) {
			// both directions of a loop start at its smallest point, so refOf finds either
			const loop = canonicalLoop(ring);
			return [refOf([...loop, loop[0]!])];
		}
		const out: number[] = [];
		for (let c = 0; c < cuts.length; c++) {
			const from = cuts[c]!;
			const to = cuts[(c + 1) % cuts.length]!;
			const run: Pt[] = [];
			for (let i = from; ; i = (i + 1) % ring.length) {
				run.push(ring[i]!);
				if (run.length > 1 && i === to) break;
			}
			out.push(refOf(run));
		}
		return out;
	});
	return { arcs, rings: refs };
}

/** A closed ring (first point repeated at the end) from arc references. */
export function ringFromArcs(arcs: Pt[][], refs: number[]): Pt[] {
	const out: Pt[] = [];
	for (const ref of refs) {
		const arc = ref < 0 ? [...arcs[~ref]!].reverse() : arcs[ref]!;
		for (const p of arc) {
			const last = out[out.length - 1];
			if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
		}
	}
	const first = out[0];
	const last = out[out.length - 1];
	if (first && last && (first[0] !== last[0] || first[1] !== last[1])) out.push(first);
	return out;
}
