// The rows behind each page's table or chart as one flat query for download (CSV, XLSX, Parquet):
// the page's own SQL wrapped, nested provenance reduced to the names of the source files, so the
// file holds exactly what the view shows under the URL's filters.
import type { MetricDef } from './registry.ts';
import { metricRowsSql, type ViewFilter } from './query.ts';
import { trendSql } from './trends.ts';
import { profileFactsSql } from './bureau-profile.ts';

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const sourceFiles = (col: string, field = 'source_file') =>
	`array_to_string(list_sort(list_distinct(list_transform(${col}, s -> s.${field}))), '; ')`;

/** Compare and map: one metric for every bureau of the filter, highest first. */
export function metricExportSql(m: MetricDef, f: ViewFilter): string {
	return `SELECT bureau_id, name, level, province, prefecture, region_code, fiscal_year,
		${lit(m.id)} AS metric, value, ${lit(m.unit)} AS unit, total_scope, total_computed, ${sourceFiles('sources')} AS source_files
	FROM (${metricRowsSql(m, f)})
	ORDER BY value DESC, bureau_id`;
}

/** Overview: the bureau x year table (every page of it) for the chosen year or all years. */
export function overviewExportSql(year: number | null): string {
	const where = year === null ? '' : `WHERE fiscal_year = ${Math.trunc(year)}`;
	return `SELECT * EXCLUDE (sources, sources_more, total_facts, total_prev_facts), ${sourceFiles('sources || coalesce(sources_more, [])')} AS source_files
	FROM bureau_year ${where}
	ORDER BY spend_per_staff DESC NULLS LAST, total DESC NULLS LAST, bureau_id, fiscal_year DESC`;
}

/** Trends: the metric over the years for the bureaus drawn. */
export function trendExportSql(m: MetricDef, bureauIds: string[]): string {
	return `SELECT bureau_id, name, fiscal_year, ${lit(m.id)} AS metric, value, ${lit(m.unit)} AS unit, total_scope, total_computed,
		${sourceFiles('inputs')} AS source_files
	FROM (${trendSql(m, bureauIds)})
	ORDER BY bureau_id, fiscal_year`;
}

/** Bureau profile: every fact of the bureau with its sentence, file and character range. */
export function profileExportSql(id: string): string {
	return `SELECT ${lit(id)} AS bureau_id, * EXCLUDE (fact_key, report_key), fact_key, report_key FROM (${profileFactsSql(id, [])})
	ORDER BY fiscal_year DESC NULLS LAST, fact_key`;
}
