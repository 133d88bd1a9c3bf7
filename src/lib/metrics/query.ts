// SQL for the views: one metric for many bureaus (ranking, map, table), two metrics together
// (scatter), one metric over years (trends). Views pass filters and a metric definition, never
// SQL of their own.
import type { MetricDef } from './registry.ts';
import { needsMoreSources } from './inputs.ts';
import type { FactSource } from './provenance.ts';

const more = (...ms: MetricDef[]) => (ms.some(needsMoreSources) ? 'sources_more' : 'NULL AS sources_more');

export interface ViewFilter {
	/** null: each bureau's latest year with a value */
	year: number | null;
	province: string | null;
	prefecture: string | null;
	level: string | null;
	/** the peer group of this bureau: same level, same prefecture (prefectures: same province) */
	peerOf: string | null;
}

export const NO_FILTER: ViewFilter = { year: null, province: null, prefecture: null, level: null, peerOf: null };

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const code = (s: string | null) => (s && /^\d{6}$/.test(s) ? s : null);

export function whereSql(f: ViewFilter): string {
	const w: string[] = [];
	if (f.year !== null) w.push(`fiscal_year = ${Math.trunc(f.year)}`);
	if (code(f.province)) w.push(`province_code = ${lit(f.province!)}`);
	if (code(f.prefecture)) w.push(`prefecture_code = ${lit(f.prefecture!)}`);
	if (f.level === 'county') w.push(`level IN ('county', 'district')`);
	else if (f.level === 'prefecture' || f.level === 'district' || f.level === 'province') w.push(`level = ${lit(f.level)}`);
	if (f.peerOf) {
		const peer = `(SELECT any_value(level) AS level, any_value(prefecture_code) AS pf, any_value(province_code) AS pv FROM bureau_year WHERE bureau_id = ${lit(f.peerOf)})`;
		w.push(`level = (SELECT level FROM ${peer})`);
		w.push(`CASE WHEN level = 'prefecture' THEN province_code = (SELECT pv FROM ${peer}) ELSE prefecture_code = (SELECT pf FROM ${peer}) END`);
	}
	return w.length ? `WHERE ${w.join(' AND ')}` : '';
}

// The rows the view queries below return, typed once here beside their SQL so every page that
// runs them (compare, map, embeds) reads the same columns.
interface BureauYearColumns {
	bureau_id: string;
	name: string | null;
	level: string | null;
	prefecture: string | null;
	fiscal_year: number;
	population: number | null;
	total_scope: string | null;
	total_computed: boolean | null;
	total_facts: number[] | null;
	total_prev_facts: number[] | null;
	sources: FactSource[] | null;
	/** null unless one of the metrics needs them (needsMoreSources) */
	sources_more: FactSource[] | null;
}

/** A row of metricRowsSql. */
export interface MetricRow extends BureauYearColumns {
	province: string | null;
	region_code: string | null;
	prefecture_code: string | null;
	province_code: string | null;
	value: number;
}

/** A row of metricPairSql: x and y are the two metrics' values. */
export interface MetricPair extends BureauYearColumns {
	x: number;
	y: number;
}

const latest = (f: ViewFilter) =>
	f.year === null ? 'QUALIFY row_number() OVER (PARTITION BY bureau_id ORDER BY fiscal_year DESC) = 1' : '';

/** Rows of one metric, highest first; each bureau once (latest year unless a year is chosen). */
export function metricRowsSql(m: MetricDef, f: ViewFilter, limit: number | null = null, sourcesFor: number | null = null): string {
	const order = `ORDER BY value DESC, bureau_id${limit === null ? '' : ` LIMIT ${Math.trunc(limit)}`}`;
	const rows = (cols: string) => `SELECT bureau_id, name, level, prefecture, province, region_code, prefecture_code, province_code,
		fiscal_year, population, total_scope, total_computed, total_facts, total_prev_facts, value${cols}
	FROM (SELECT *, (${m.sql}) AS value FROM bureau_year ${whereSql(f)})
	WHERE value IS NOT NULL
	${latest(f)}
	${order}`;
	if (sourcesFor === null) return rows(`, sources, ${more(m)}`);
	// Only the first rows carry their sources (the ones a page shows with provenance): ranking on
	// the light columns and joining the nested source lists back for those rows alone keeps a
	// national view from carrying 3,000 rows of source lists through the window and the sort
	// (1.2 s -> ~0.25 s natively on the synthetic panel).
	return `WITH r AS (${rows('')}),
	shown AS (SELECT bureau_id, fiscal_year FROM r ORDER BY value DESC, bureau_id LIMIT ${Math.max(0, Math.trunc(sourcesFor))}),
	src AS (SELECT b.bureau_id, b.fiscal_year, b.sources, ${more(m)} FROM bureau_year b SEMI JOIN shown USING (bureau_id, fiscal_year))
	SELECT r.*, src.sources, src.sources_more FROM r LEFT JOIN src USING (bureau_id, fiscal_year)
	ORDER BY value DESC, bureau_id`;
}

/** Count and median of a metric over the view (for KPI cards and "N of M" notes). */
export function metricSummarySql(m: MetricDef, f: ViewFilter): string {
	return `SELECT count(*) AS n, median(value) AS median, sum(value) AS sum, min(value) AS min, max(value) AS max
	FROM (
		SELECT * FROM (SELECT bureau_id, fiscal_year, (${m.sql}) AS value FROM bureau_year ${whereSql(f)})
		WHERE value IS NOT NULL ${latest(f)}
	)`;
}

/** Two metrics per bureau (scatter), sized by population; both from the same bureau-year. */
export function metricPairSql(x: MetricDef, y: MetricDef, f: ViewFilter): string {
	return `SELECT bureau_id, name, level, prefecture, fiscal_year, population, x, y,
		total_scope, total_computed, total_facts, total_prev_facts, sources, ${more(x, y)}
	FROM (SELECT *, (${x.sql}) AS x, (${y.sql}) AS y FROM bureau_year ${whereSql(f)})
	WHERE x IS NOT NULL AND y IS NOT NULL
	${latest(f)}
	ORDER BY bureau_id`;
}

/** One metric over the years for the given bureaus (trends), restated prior years included. */
export function metricTrendSql(m: MetricDef, bureauIds: string[]): string {
	const ids = bureauIds.map(lit).join(', ');
	return `SELECT bureau_id, name, fiscal_year, (${m.sql}) AS value, sources
	FROM bureau_year WHERE bureau_id IN (${ids || "''"}) AND (${m.sql}) IS NOT NULL
	ORDER BY bureau_id, fiscal_year`;
}

/** The bureau-years a map draws: those with a value, at the map's level, latest year if none given. */
function regionBureauYears(m: MetricDef, f: ViewFilter, level: 'prefecture' | 'county'): string {
	const lv = level === 'prefecture' ? `level = 'prefecture'` : `level IN ('county', 'district')`;
	return `SELECT * FROM (SELECT *, (${m.sql}) AS value FROM bureau_year ${whereSql(f)})
		WHERE value IS NOT NULL AND ${lv}
		${latest(f)}`;
}

/** Regions that have data for a metric, aggregated to a level (map): median over bureaus. */
export function metricByRegionSql(m: MetricDef, f: ViewFilter, level: 'prefecture' | 'county'): string {
	const key = level === 'prefecture' ? 'prefecture_code' : 'region_code';
	return `SELECT ${key} AS code, count(*) AS bureaus, median(value) AS value,
		min(fiscal_year) AS first_year, max(fiscal_year) AS last_year, list(name ORDER BY value DESC) AS names
	FROM (
		${regionBureauYears(m, f, level)}
	)
	GROUP BY ${key}`;
}

/** The bureau-years behind a map (metricByRegionSql), for its source line. */
export function regionBureauYearsSql(m: MetricDef, f: ViewFilter, level: 'prefecture' | 'county'): string {
	return `SELECT bureau_id, fiscal_year FROM (
		${regionBureauYears(m, f, level)}
	) ORDER BY bureau_id, fiscal_year`;
}
