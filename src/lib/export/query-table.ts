// A query's result as an ExportTable: the column names and types from DESCRIBE (so an empty
// result still has its header, and a code such as 430400 stays text), the rows from the query.
import type { QueryClient } from '../db/types.ts';
import { kindOfSqlType, type ExportTable } from './table.ts';

export async function queryTable(client: QueryClient, sql: string): Promise<ExportTable> {
	const body = sql.trim().replace(/;\s*$/, '');
	const [described, rows] = await Promise.all([
		client.query<{ column_name: string; column_type: string }>(`DESCRIBE ${body}`),
		client.query<Record<string, unknown>>(body)
	]);
	return { columns: described.map((d) => ({ name: d.column_name, kind: kindOfSqlType(d.column_type) })), rows };
}
