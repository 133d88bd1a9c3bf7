// Rows of a metric by region joined to the regions of a boundary file by adcode. Every region
// of the file comes out (with a null value where no bureau reported); rows whose code has no
// region on the map are returned apart, so the page can say which data the map cannot show.
import type { GeoCollection } from './types.ts';

export interface RegionValueRow {
	code: string | null;
	bureaus: number;
	value: number | null;
	first_year: number | null;
	last_year: number | null;
	names: string[] | null;
}

export interface JoinedRegion {
	code: string;
	name: string;
	parent: string | null;
	value: number | null;
	firstYear: number | null;
	lastYear: number | null;
	bureaus: number;
	names: string[];
	inset: boolean;
}

export interface JoinResult {
	regions: JoinedRegion[];
	/** rows with data whose code is not a region of this file */
	unmatched: RegionValueRow[];
}

export function joinRegions(geo: GeoCollection, rows: RegionValueRow[]): JoinResult {
	const byCode = new Map<string, RegionValueRow>();
	for (const r of rows) if (r.code) byCode.set(r.code, r);
	const seen = new Set<string>();
	const regions = geo.features.map((f): JoinedRegion => {
		const p = f.properties;
		const row = p.inset ? undefined : byCode.get(p.adcode);
		if (row) seen.add(p.adcode);
		const value = row && typeof row.value === 'number' && Number.isFinite(row.value) ? row.value : null;
		return {
			code: p.adcode,
			name: p.name,
			parent: p.parent ?? null,
			value,
			firstYear: value === null ? null : (row?.first_year ?? null),
			lastYear: value === null ? null : (row?.last_year ?? null),
			bureaus: value === null ? 0 : (row?.bureaus ?? 0),
			names: value === null ? [] : (row?.names ?? []),
			inset: p.inset === true
		};
	});
	const unmatched = rows.filter((r) => r.value !== null && (!r.code || !seen.has(r.code)));
	return { regions, unmatched };
}

/** The aspect ratio that keeps a region's shape at its latitude (ECharts' aspectScale). */
export function aspectScaleOf(geo: GeoCollection): number {
	let lo = Infinity;
	let hi = -Infinity;
	for (const f of geo.features) {
		const y = f.properties.cp?.[1];
		if (typeof y === 'number' && !f.properties.inset) {
			lo = Math.min(lo, y);
			hi = Math.max(hi, y);
		}
	}
	if (!Number.isFinite(lo)) return 0.75;
	return Math.cos((((lo + hi) / 2) * Math.PI) / 180);
}
