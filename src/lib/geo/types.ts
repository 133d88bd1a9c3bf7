// The boundary files under static/geo/ (written by scripts/geo/build.ts, or a deployment's own
// files with the same names): GeoJSON FeatureCollections whose features carry `adcode` (the join
// key, in the data's code vintage), `name`, `parent`, `province` and a label point `cp`.

export type Position = [number, number];

export interface GeoProperties {
	adcode: string;
	name: string;
	/** prefecture of a county (the province for a county directly under it) */
	parent?: string;
	province?: string;
	/** a point inside the region: label anchor, also what ECharts uses as the region's centre */
	cp?: Position;
	/** a schematic inset (南海诸岛), not a region of its own */
	inset?: boolean;
}

export interface GeoFeature {
	type: 'Feature';
	properties: GeoProperties;
	geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

export interface GeoCollection {
	type: 'FeatureCollection';
	features: GeoFeature[];
}

export interface GeoMeta {
	/** true: a sketch map (示意图), not an approved standard map */
	indicative: boolean;
	/** the approval number (审图号) of an approved standard map, when a deployment ships one */
	approval: string | null;
	source: { zh: string; en: string };
	codeVintage?: string;
	provinces: { code: string; name: string }[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isGeoCollection(x: unknown): x is GeoCollection {
	if (!isObject(x) || x.type !== 'FeatureCollection' || !Array.isArray(x.features)) return false;
	return x.features.every(
		(f: unknown) =>
			isObject(f) &&
			isObject(f.properties) &&
			typeof f.properties.adcode === 'string' &&
			isObject(f.geometry) &&
			(f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon')
	);
}

export function isGeoMeta(x: unknown): x is GeoMeta {
	return (
		isObject(x) &&
		typeof x.indicative === 'boolean' &&
		isObject(x.source) &&
		typeof x.source.zh === 'string' &&
		Array.isArray(x.provinces)
	);
}
