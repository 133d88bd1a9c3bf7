// The bureau x year table: one page of bureau_year rows for the chosen year (or all years),
// highest spending per staff first, rows without a value last.
import type { BureauYearRow } from './bureau-year.ts';

export const PAGE_SIZE = 50;

export type TableRow = BureauYearRow;

export function tableSql(year: number | null, page: number, pageSize = PAGE_SIZE): string {
	const where = year === null ? '' : `WHERE fiscal_year = ${Math.trunc(year)}`;
	return `SELECT * EXCLUDE (sources_more) FROM bureau_year ${where}
	ORDER BY spend_per_staff DESC NULLS LAST, total DESC NULLS LAST, bureau_id, fiscal_year DESC
	LIMIT ${Math.trunc(pageSize)} OFFSET ${Math.max(0, Math.trunc(page)) * Math.trunc(pageSize)}`;
}

export function tableCountSql(year: number | null): string {
	return `SELECT count(*) AS n FROM bureau_year ${year === null ? '' : `WHERE fiscal_year = ${Math.trunc(year)}`}`;
}

export const YEARS_SQL = `SELECT DISTINCT fiscal_year AS year FROM bureau_year WHERE spend_per_staff IS NOT NULL ORDER BY 1 DESC`;
