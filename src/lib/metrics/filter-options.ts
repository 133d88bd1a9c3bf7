// What the filter controls offer: only regions, years and bureaus that have data.
export interface Option {
	value: string;
	label: string;
}

export const PROVINCES_SQL = `SELECT DISTINCT province_code AS value, province AS label FROM bureau_year
	WHERE province_code IS NOT NULL ORDER BY 1`;

export function prefecturesSql(province: string | null): string {
	const p = province && /^\d{6}$/.test(province) ? `AND province_code = '${province}'` : '';
	return `SELECT DISTINCT prefecture_code AS value, prefecture AS label FROM bureau_year
	WHERE prefecture_code IS NOT NULL ${p} ORDER BY 1`;
}

export const YEAR_OPTIONS_SQL = `SELECT DISTINCT fiscal_year::VARCHAR AS value, fiscal_year::VARCHAR AS label FROM bureau_year
	WHERE total IS NOT NULL OR staff_actual IS NOT NULL ORDER BY 1 DESC`;

export function bureauOptionsSql(province: string | null, prefecture: string | null): string {
	const w: string[] = [];
	if (province && /^\d{6}$/.test(province)) w.push(`province_code = '${province}'`);
	if (prefecture && /^\d{6}$/.test(prefecture)) w.push(`prefecture_code = '${prefecture}'`);
	return `SELECT DISTINCT bureau_id AS value, name AS label FROM bureau_year ${w.length ? `WHERE ${w.join(' AND ')}` : ''} ORDER BY 1 LIMIT 2000`;
}
