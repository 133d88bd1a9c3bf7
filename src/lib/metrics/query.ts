// SQL for the views: one metric for many bureaus (ranking, map, table), two metrics together
// (scatter), one metric over years (trends). Views pass filters and a metric definition, never
// SQL of their own.
import type { MetricDef } from './registry.ts';
import { needsMoreSources } from './inputs.ts';
import type { FactSource } from './provenance.ts';
import { byKeysSql } from './landing.ts';
import { wideColumn } from './metric-values.ts';

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

/** The filter's conditions; the columns they name are in bureau_year and metric_values alike. */
function filterConds(f: ViewFilter, year = true): string[] {
	const w: string[] = [];
	if (year && f.year !== null) w.push(`fiscal_year = ${Math.trunc(f.year)}`);
	if (code(f.province)) w.push(`province_code = ${lit(f.province!)}`);
	if (code(f.prefecture)) w.push(`prefecture_code = ${lit(f.prefecture!)}`);
	if (f.level === 'county') w.push(`level IN ('county', 'district')`);
	else if (f.level === 'prefecture' || f.level === 'district' || f.level === 'province') w.push(`level = ${lit(f.level)}`);
	if (f.peerOf) {
		const peer = `(SELECT any_value(level) AS level, any_value(prefecture_code) AS pf, any_value(province_code) AS pv FROM bureau_year WHERE bureau_id = ${lit(f.peerOf)})`;
		w.push(`level = (SELECT level FROM ${peer})`);
		w.push(`CASE WHEN level = 'prefecture' THEN province_code = (SELECT pv FROM ${peer}) ELSE prefecture_code = (SELECT pf FROM ${peer}) END`);
	}
	return w;
}

export function whereSql(f: ViewFilter): string {
	const w = filterConds(f);
	return w.length ? `WHERE ${w.join(' AND ')}` : '';
}

/** One metric's rows of the view in metric_values: the chosen year's, or each bureau's latest
 * year with a value (precomputed; the other filters are the bureau's own, the same every year). */
function valuesWhere(m: MetricDef, f: ViewFilter): string {
	const w = [`metric = ${lit(m.id)}`, ...filterConds(f)];
	if (f.year === null) w.push('latest');
	return `WHERE ${w.join(' AND ')}`;
}

// The rows the view queries below return, typed once here beside their SQL so every page that
// runs them (compare, map, embeds) reads the same columns.
export interface BureauYearColumns {
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

/** Each bureau's latest row, unless a year is chosen (rows keyed by bureau_id, or by bkey). */
const latest = (f: ViewFilter, key: 'bureau_id' | 'bkey' = 'bureau_id') =>
	f.year === null ? `QUALIFY row_number() OVER (PARTITION BY ${key} ORDER BY fiscal_year DESC) = 1` : '';

/** One metric's rows of the view, light: bureau key, year and value, highest first (ties in
 * bureau_id order, which bkey follows), `limit` of them from `offset` on. A page names the
 * bureaus from bureau_keys. */
export function metricKeyRowsSql(m: MetricDef, f: ViewFilter, limit: number | null = null, offset = 0): string {
	const page = `${limit === null ? '' : ` LIMIT ${Math.trunc(limit)}`}${offset > 0 ? ` OFFSET ${Math.trunc(offset)}` : ''}`;
	return `SELECT bkey, fiscal_year, value FROM metric_values ${valuesWhere(m, f)}
	ORDER BY value DESC, bkey${page}`;
}

/** Two metrics per bureau, light (bureau key, year, x, y): both from the same bureau-year, the
 * latest one with both unless a year is chosen. One scan of metric_wide's two columns. */
export function metricPairKeysSql(x: MetricDef, y: MetricDef, f: ViewFilter): string {
	const [cx, cy] = [wideColumn(x.id), wideColumn(y.id)];
	const w = [...filterConds(f), `${cx} IS NOT NULL`, `${cy} IS NOT NULL`];
	return `SELECT bkey, fiscal_year, ${cx} AS x, ${cy} AS y FROM metric_wide WHERE ${w.join(' AND ')}
	${latest(f, 'bkey')}
	ORDER BY bkey`;
}

/** The columns of bureau_year a row's provenance needs (metricInputs), for rows read light. */
const DETAIL_COLS = 'total_scope, total_computed, total_facts, total_prev_facts';

/** Provenance of the given bureau-years: the total's scope and facts, last year's, and the
 * sources (sources_more too if asked). Looked up by year and bureau, which bureau_year is sorted
 * by, so only those rows' source lists are read. */
export function rowDetailsSql(keys: { bureau_id: string; fiscal_year: number }[], withMore: boolean): string {
	return byKeysSql(keys, `bureau_id, fiscal_year, ${DETAIL_COLS}, sources, ${withMore ? 'sources_more' : 'NULL AS sources_more'}`);
}

const named = (light: string) => `SELECT k.bureau_id, k.name, k.level, k.prefecture, k.province, k.region_code, k.prefecture_code, k.province_code,
		k.population, l.* EXCLUDE (bkey)
	FROM (${light}) l JOIN bureau_keys k USING (bkey)`;

/** Rows of one metric, highest first; each bureau once (latest year unless a year is chosen),
 * named and with their provenance columns. `sourcesFor`: only the first rows carry their
 * sources (the ones a page shows with provenance), joined back for those rows alone. */
export function metricRowsSql(m: MetricDef, f: ViewFilter, limit: number | null = null, sourcesFor: number | null = null): string {
	const order = 'ORDER BY value DESC, bureau_id';
	const shown = sourcesFor === null ? 'r' : `(SELECT bureau_id, fiscal_year FROM r ${order} LIMIT ${Math.max(0, Math.trunc(sourcesFor))})`;
	return `WITH r AS (${named(metricKeyRowsSql(m, f, limit))}),
	src AS (SELECT b.bureau_id, b.fiscal_year, b.sources, ${more(m)} FROM bureau_year b SEMI JOIN ${shown} s USING (bureau_id, fiscal_year))
	SELECT r.*, ${DETAIL_COLS.split(', ').map((c) => `b.${c}`).join(', ')}, src.sources, src.sources_more
	FROM r JOIN bureau_year b USING (bureau_id, fiscal_year) LEFT JOIN src USING (bureau_id, fiscal_year)
	${order}`;
}

/** Count and median of a metric over the view (for KPI cards and "N of M" notes). */
export function metricSummarySql(m: MetricDef, f: ViewFilter): string {
	return `SELECT count(*) AS n, median(value) AS median, sum(value) AS sum, min(value) AS min, max(value) AS max
	FROM metric_values ${valuesWhere(m, f)}`;
}

/** Two metrics per bureau (scatter), sized by population; both from the same bureau-year, named
 * and with their provenance (sources included). */
export function metricPairSql(x: MetricDef, y: MetricDef, f: ViewFilter): string {
	return `SELECT p.bureau_id, p.name, p.level, p.prefecture, p.fiscal_year, p.population, p.x, p.y,
		${DETAIL_COLS.split(', ').map((c) => `b.${c}`).join(', ')}, b.sources, ${more(x, y) === 'sources_more' ? 'b.sources_more' : 'NULL AS sources_more'}
	FROM (${named(metricPairKeysSql(x, y, f))}) p JOIN bureau_year b USING (bureau_id, fiscal_year)
	ORDER BY p.bureau_id`;
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
