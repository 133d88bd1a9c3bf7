// The bureau x year table: one page of bureau-years for the chosen year (or all years), highest
// spending per staff first, rows without a value last; read from overview_rows as one run.
import type { BureauYearRow } from './bureau-year.ts';
import type { QueryClient } from '../db/types.ts';
import { OVERVIEW_COLUMNS } from './overview-rows.ts';

export const PAGE_SIZE = 50;

export type TableRow = Pick<BureauYearRow, (typeof OVERVIEW_COLUMNS)[number]>;

export function tablePageSql(year: number | null, page: number, pageSize = PAGE_SIZE): string {
	const first = Math.max(0, Math.trunc(page)) * Math.trunc(pageSize);
	const pos = year === null ? 'pos_all' : 'pos_year';
	const where = `${year === null ? '' : `fiscal_year = ${Math.trunc(year)} AND `}${pos} >= ${first} AND ${pos} < ${first + Math.trunc(pageSize)}`;
	return `SELECT ${OVERVIEW_COLUMNS.join(', ')} FROM overview_rows WHERE ${where} ORDER BY ${pos}`;
}

export function loadTablePage(client: QueryClient, year: number | null, page: number, pageSize = PAGE_SIZE): Promise<TableRow[]> {
	return client.query<TableRow>(tablePageSql(year, page, pageSize));
}

export function tableCountSql(year: number | null): string {
	return `SELECT count(*) AS n FROM bureau_year ${year === null ? '' : `WHERE fiscal_year = ${Math.trunc(year)}`}`;
}

export const YEARS_SQL = `SELECT DISTINCT fiscal_year AS year FROM bureau_year WHERE spend_per_staff IS NOT NULL ORDER BY 1 DESC`;
