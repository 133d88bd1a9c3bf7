// Which boundary file a view needs: all of China or one province, by prefecture or by county.
// The names are the contract with a deployment that ships its own files (static/geo/README.md).

export type MapLevel = 'prefecture' | 'county';

export const GEO_DIR = 'geo/';
export const META_FILE = 'meta.json';

const CODE = /^\d{6}$/;

export function geoFile(level: MapLevel, province: string | null): string {
	return province && CODE.test(province) ? `province/${province}-${level}.json` : `china-${level}.json`;
}

/** The name the file is registered under in ECharts (one registration per file). */
export function mapName(level: MapLevel, province: string | null): string {
	return `xf:${geoFile(level, province)}`;
}

/** The map's level for a view's level filter: county-level bureaus are drawn by county. */
export function mapLevelOf(level: string | null): MapLevel {
	return level === 'county' || level === 'district' ? 'county' : 'prefecture';
}
