// overview_rows, written at ingest from bureau_year: what the overview reads on a year change or a
// table page, stored so that each of those reads is one short run of rows. bureau_year is sorted
// by year and region, so the 50 rows of a table page (or the 30 bars of a ranking) lay scattered
// over it and reading their source lists read most of the table (~150 ms for a page of the
// all-years table on the national panel, in duckdb-wasm); here the rows are in the all-years
// table's order, numbered in each of the overview's orders:
// - pos_all: in the all-years table; pos_year: among its year's rows, in the same order (a page
//   of one year lies within a few hundred rows, as every year follows the same order);
// - rank_year / rank_latest: in the spending-per-staff ranking of its year / of each bureau's
//   latest year with a value (null where the row is not in that ranking).

/** What the table shows of a bureau-year, and what its numbers' provenance needs (metricInputs). */
export const OVERVIEW_COLUMNS = [
	'bureau_id', 'name', 'level', 'prefecture', 'fiscal_year',
	'staff_authorized', 'staff_authorized_fact', 'staff_actual', 'staff_actual_fact',
	'basic', 'basic_scope', 'basic_fact', 'project', 'project_scope', 'project_fact',
	'total', 'total_scope', 'total_computed', 'total_facts', 'spend_per_staff', 'sources'
] as const;

/** The table's order: highest spending per staff first, rows without a value last. */
export const TABLE_ORDER = 'spend_per_staff DESC NULLS LAST, total DESC NULLS LAST, bureau_id, fiscal_year DESC';
/** The ranking's order (over rows with a value). */
export const RANKING_ORDER = 'spend_per_staff DESC, bureau_id';

export const OVERVIEW_ROWS_SQL = `
WITH b AS (
	SELECT *, spend_per_staff IS NOT NULL
		AND row_number() OVER (PARTITION BY bureau_id, spend_per_staff IS NULL ORDER BY fiscal_year DESC) = 1 AS latest
	FROM bureau_year
)
SELECT (row_number() OVER (ORDER BY ${TABLE_ORDER}) - 1)::INTEGER AS pos_all,
	(row_number() OVER (PARTITION BY fiscal_year ORDER BY ${TABLE_ORDER}) - 1)::INTEGER AS pos_year,
	CASE WHEN spend_per_staff IS NOT NULL THEN (row_number() OVER (PARTITION BY fiscal_year, spend_per_staff IS NULL ORDER BY ${RANKING_ORDER}) - 1)::INTEGER END AS rank_year,
	CASE WHEN latest THEN (row_number() OVER (PARTITION BY latest ORDER BY ${RANKING_ORDER}) - 1)::INTEGER END AS rank_latest,
	${OVERVIEW_COLUMNS.join(', ')}
FROM b`;

export const OVERVIEW_ROWS_ORDER = 'pos_all';
