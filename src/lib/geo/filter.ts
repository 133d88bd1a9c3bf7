// What a click on a region filters to, and which regions the active filter outlines. A
// prefecture filters to itself; a county to its prefecture (the views have no county filter);
// a municipality (北京, 天津, 上海, 重庆) or a county directly under a province to the province.
import type { MapLevel } from './files.ts';

export interface RegionFilter {
	province: string | null;
	prefecture: string | null;
}

const MUNICIPALITY = new Set(['11', '12', '31', '50']);
const isProvince = (code: string) => /^\d{2}0000$/.test(code);

export function filterForRegion(region: { code: string; parent: string | null }, level: MapLevel): RegionFilter {
	const target = level === 'prefecture' ? region.code : (region.parent ?? region.code.slice(0, 4) + '00');
	const province = target.slice(0, 2) + '0000';
	if (isProvince(target) || MUNICIPALITY.has(target.slice(0, 2))) return { province, prefecture: null };
	return { province: null, prefecture: target };
}

/** Regions outlined for the active prefecture filter: itself, or its counties. */
export function selectedCodes(
	regions: { code: string; parent: string | null }[],
	level: MapLevel,
	prefecture: string | null
): Set<string> {
	if (!prefecture) return new Set();
	if (level === 'prefecture') return new Set([prefecture]);
	return new Set(regions.filter((r) => r.parent === prefecture).map((r) => r.code));
}
