// The bureau x year table: one page of bureau_year rows for the chosen year (or all years),
// highest spending per staff first, rows without a value last.
import type { BureauYearRow } from './bureau-year.ts';
import type { QueryClient } from '../db/types.ts';
import { byKeysSql } from './landing.ts';

export const PAGE_SIZE = 50;

export type TableRow = BureauYearRow;

const ORDER = 'ORDER BY spend_per_staff DESC NULLS LAST, total DESC NULLS LAST, bureau_id, fiscal_year DESC';

/** One page's bureau-years, light: sorting whole rows (source lists and all) to keep 50 of them
 * was most of a page switch. */
export function tableKeysSql(year: number | null, page: number, pageSize = PAGE_SIZE): string {
	const where = year === null ? '' : `WHERE fiscal_year = ${Math.trunc(year)}`;
	return `SELECT bureau_id, fiscal_year FROM bureau_year ${where}
	${ORDER}
	LIMIT ${Math.trunc(pageSize)} OFFSET ${Math.max(0, Math.trunc(page)) * Math.trunc(pageSize)}`;
}

/** The page's rows whole (without sources_more), looked up by year and bureau. */
export function tableRowsSql(keys: { bureau_id: string; fiscal_year: number }[]): string {
	return `SELECT * FROM (${byKeysSql(keys, '* EXCLUDE (sources_more)')})
	${ORDER}`;
}

export async function loadTablePage(client: QueryClient, year: number | null, page: number, pageSize = PAGE_SIZE): Promise<TableRow[]> {
	const keys = await client.query<{ bureau_id: string; fiscal_year: number }>(tableKeysSql(year, page, pageSize));
	return keys.length ? client.query<TableRow>(tableRowsSql(keys)) : [];
}

export function tableCountSql(year: number | null): string {
	return `SELECT count(*) AS n FROM bureau_year ${year === null ? '' : `WHERE fiscal_year = ${Math.trunc(year)}`}`;
}

export const YEARS_SQL = `SELECT DISTINCT fiscal_year AS year FROM bureau_year WHERE spend_per_staff IS NOT NULL ORDER BY 1 DESC`;
