// Two small tables written at ingest beside bureau_year, for views that rank and pair metrics
// over every bureau (compare page, map, embeds):
// - bureau_keys: one row per bureau of bureau_year, an integer key (bureau_id order) with its
//   name, level, region and population. A page reads it once; rankings and scatters then carry
//   only the key, as thousands of strings per result were most of a query's time in duckdb-wasm.
// - metric_values: every registry metric's value on every bureau_year row that has one, long
//   and narrow, sorted by metric then value: a metric's rows are one contiguous run (the metric
//   filter skips the rest), `latest` marks each bureau's latest year with a value (the default
//   view) so no window runs in the browser, and the nested source lists stay in bureau_year, read
//   back only for the rows a page shows.
// Measured on the synthetic national panel in duckdb-wasm: a metric change's queries
// ~1.4 s -> under 0.1 s.
import { METRICS } from './registry.ts';

export const BUREAU_KEYS_SQL = `
SELECT (row_number() OVER (ORDER BY bureau_id))::INTEGER AS bkey, bureau_id, name, level, prefecture, province,
	region_code, prefecture_code, province_code, population
FROM (
	SELECT bureau_id, any_value(name) AS name, any_value(level) AS level, any_value(prefecture) AS prefecture,
		any_value(province) AS province, any_value(region_code) AS region_code, any_value(prefecture_code) AS prefecture_code,
		any_value(province_code) AS province_code, any_value(population) AS population
	FROM bureau_year GROUP BY bureau_id
)`;

export const METRIC_VALUES_SQL = `
WITH v AS (
	${METRICS.map((m) => `SELECT '${m.id}' AS metric, bureau_id, fiscal_year, (${m.sql})::DOUBLE AS value FROM bureau_year WHERE (${m.sql}) IS NOT NULL`).join('\n\tUNION ALL\n\t')}
)
SELECT v.metric, k.bkey, v.bureau_id, v.fiscal_year, v.value,
	row_number() OVER (PARTITION BY v.metric, v.bureau_id ORDER BY v.fiscal_year DESC) = 1 AS latest,
	k.level, k.province_code, k.prefecture_code
FROM v JOIN bureau_keys k USING (bureau_id)`;

export const METRIC_VALUES_ORDER = 'metric, value DESC, bureau_id, fiscal_year';

/** A metric's column in metric_wide. */
export const wideColumn = (metricId: string) => `"${metricId.replaceAll('"', '""')}"`;

// - metric_wide: the same values one row a bureau-year, a column a metric, sorted by bureau key
//   and year. A scatter pairs two metrics at each bureau's latest year that has both: from
//   metric_values that is two joins and a window over both metrics' every year (25-39 ms in
//   duckdb-wasm on the national panel), here one scan of two columns.
export const METRIC_WIDE_SQL = `
SELECT bkey, fiscal_year, any_value(level) AS level, any_value(province_code) AS province_code,
	any_value(prefecture_code) AS prefecture_code,
	${METRICS.map((m) => `max(value) FILTER (WHERE metric = '${m.id}') AS ${wideColumn(m.id)}`).join(',\n\t')}
FROM metric_values GROUP BY bkey, fiscal_year`;

export const METRIC_WIDE_ORDER = 'bkey, fiscal_year';

/** A row of bureau_keys: what a page shows of a bureau beside a value. */
export interface BureauKey {
	bkey: number;
	bureau_id: string;
	name: string | null;
	level: string | null;
	prefecture: string | null;
	province: string | null;
	region_code: string | null;
	prefecture_code: string | null;
	province_code: string | null;
	population: number | null;
}

export const BUREAU_KEYS_SELECT = `SELECT * FROM bureau_keys ORDER BY bkey`;
