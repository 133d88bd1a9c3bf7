// The landing view's queries, over the bureau_year summary table. Ingest runs the same SQL (and
// loadRanking) to write first-view.json (drawn before DuckDB is ready), so the two cannot disagree.
// Reports arrive for different years, so the default view takes each bureau's latest year with
// a value ("最近年度"); a chosen year restricts every bureau to that year.
import type { FactSource } from './provenance.ts';
import type { QueryClient } from '../db/types.ts';

export const RANKING_LIMIT = 30;

export interface LandingKpis {
	bureaus: number;
	reports: number;
	first_year: number | null;
	last_year: number | null;
	/** bureaus with a spending-per-staff value in the view */
	compared: number;
	/** sum of comparison totals in the view (万元) */
	total_spend: number | null;
	/** median spending per actual staff member in the view (万元/人) */
	median_per_staff: number | null;
}

export interface RankingRow {
	bureau_id: string;
	name: string | null;
	prefecture: string | null;
	fiscal_year: number;
	spend_per_staff: number;
	total: number;
	total_scope: string;
	total_computed: boolean;
	staff_actual: number;
	/** where the row's values were read (report file, year, offsets) */
	sources?: { source_file: string; report_year: number; fiscal_year: number }[] | null;
	/** the facts spend_per_staff is computed from (the total's and the staff count's), with sources */
	inputs?: FactSource[] | null;
}

/** first-view.json: the landing view as ingest computed it with the SQL below. */
export interface FirstView {
	/** null: each bureau's latest year */
	year: number | null;
	kpis: LandingKpis | null;
	ranking: RankingRow[];
}

export function isFirstView(x: unknown): x is FirstView {
	const v = x as FirstView;
	return !!v && Array.isArray(v.ranking) && 'kpis' in v;
}

/** Rows of the view: one per bureau, its latest year with a value, or the given year. */
export function viewRowsSql(year: number | null): string {
	if (year !== null)
		return `SELECT * FROM bureau_year WHERE fiscal_year = ${Math.trunc(year)} AND spend_per_staff IS NOT NULL`;
	return `SELECT * FROM bureau_year WHERE spend_per_staff IS NOT NULL
		QUALIFY row_number() OVER (PARTITION BY bureau_id ORDER BY fiscal_year DESC) = 1`;
}

/** The view's rows, light (no source lists): what the KPIs are computed over. overview_rows
 * numbers each row in its year's ranking and each bureau's latest year with a value in the
 * latest-year ranking, so no window runs here. */
export function viewLightSql(year: number | null): string {
	const cols = 'bureau_id, fiscal_year, total, spend_per_staff';
	if (year !== null) return `SELECT ${cols} FROM overview_rows WHERE fiscal_year = ${Math.trunc(year)} AND rank_year IS NOT NULL`;
	return `SELECT ${cols} FROM overview_rows WHERE rank_latest IS NOT NULL`;
}

export function kpisSql(year: number | null): string {
	return `SELECT
		(SELECT count(*) FROM bureaus) AS bureaus,
		r.reports, r.first_year, r.last_year,
		v.compared, v.total_spend, v.median_per_staff
	FROM (SELECT count(*) AS reports, min(fiscal_year) AS first_year, max(fiscal_year) AS last_year FROM reports) r,
		(SELECT count(*) AS compared, round(sum(total), 2) AS total_spend, median(spend_per_staff) AS median_per_staff FROM (${viewLightSql(year)})) v`;
}

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

/** bureau_year's rows of the given bureau-years, as `cols`: looked up year by year (bureau_year
 * is sorted by year, then region) and bureau, so only those rows' source lists are read. */
export function byKeysSql(keys: { bureau_id: string; fiscal_year: number }[], cols: string): string {
	const byYear = new Map<number, Set<string>>();
	for (const k of keys) {
		const y = Math.trunc(k.fiscal_year);
		if (!byYear.has(y)) byYear.set(y, new Set());
		byYear.get(y)!.add(k.bureau_id);
	}
	if (byYear.size === 0) return `SELECT ${cols} FROM bureau_year WHERE false`;
	return [...byYear]
		.map(([y, ids]) => `SELECT ${cols} FROM bureau_year WHERE fiscal_year = ${y} AND bureau_id IN (${[...ids].map(lit).join(', ')})`)
		.join('\nUNION ALL\n');
}

/** The ranking: the top bureau-years by spending per staff, with where they were read and the
 * inputs of spending per staff; one run of overview_rows. Ingest writes first-view.json with the
 * same function, so the two cannot disagree. */
export function rankingSql(year: number | null, limit = RANKING_LIMIT): string {
	const rank = year === null ? 'rank_latest' : 'rank_year';
	return `SELECT bureau_id, name, prefecture, fiscal_year, spend_per_staff, total, total_scope,
		total_computed, staff_actual,
		list_distinct(list_transform(sources, s -> {source_file: s.source_file, report_year: s.report_year, fiscal_year: s.fiscal_year})) AS sources,
		list_filter(sources, s -> list_contains(coalesce(total_facts, []) || [staff_actual_fact], s.fact_key)) AS inputs
	FROM overview_rows WHERE ${year === null ? '' : `fiscal_year = ${Math.trunc(year)} AND `}${rank} < ${Math.trunc(limit)}
	ORDER BY ${rank}`;
}

export function loadRanking(client: QueryClient, year: number | null, limit = RANKING_LIMIT): Promise<RankingRow[]> {
	return client.query<RankingRow>(rankingSql(year, limit));
}

export interface ChangeRow {
	bureau_id: string;
	name: string | null;
	fiscal_year: number;
	total: number;
	total_prev: number;
	total_scope: string;
	change: number;
}

/** What changed since the previous year: bureaus whose total is known for a year and the one
 * before, in the same scope (restated prior-year figures count), latest such year each. */
export const CHANGES_SQL = `SELECT bureau_id, name, fiscal_year, total, total_prev, total_scope, total / total_prev - 1 AS change
	FROM bureau_year WHERE total IS NOT NULL AND total_prev > 0
	QUALIFY row_number() OVER (PARTITION BY bureau_id ORDER BY fiscal_year DESC) = 1
	ORDER BY abs(total / total_prev - 1) DESC, bureau_id
	LIMIT 20`;

/** One bureau-year's row with every source (read when a number's inputs are opened). */
export function bureauYearSql(bureauId: string, year: number): string {
	return `SELECT * FROM bureau_year WHERE fiscal_year = ${Math.trunc(year)} AND bureau_id = '${bureauId.replaceAll("'", "''")}'`;
}
