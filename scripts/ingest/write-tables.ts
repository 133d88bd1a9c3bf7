// Writes the dataset with @duckdb/node-api, pinned to the DuckDB inside duckdb-wasm so the
// database file opens in the browser. Two outputs from one set of in-memory tables:
// - <name>.parquet: the canonical, downloadable dataset (facts carry report_id and src_text);
// - xinfang.duckdb: what the browser ATTACHes read-only over HTTP range requests.
// Everything is written into a fresh directory; the caller renames it into place.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { TABLES, createTableSql, type TableDef } from '../../src/lib/dataset/schema.ts';
import type { Row } from '../../src/lib/dataset/build.ts';

export const DATABASE_FILE = 'xinfang.duckdb';

async function append(conn: DuckDBConnection, table: TableDef, rows: Row[]): Promise<void> {
	const appender = await conn.createAppender(table.name);
	for (const row of rows) {
		for (const col of table.columns) {
			const v = row[col.name];
			if (v === null || v === undefined) appender.appendNull();
			else if (col.type === 'VARCHAR') appender.appendVarchar(String(v));
			else if (col.type === 'INTEGER') appender.appendInteger(Number(v));
			else if (col.type === 'BIGINT') appender.appendBigInt(BigInt(v as number));
			else if (col.type === 'DOUBLE') appender.appendDouble(Number(v));
			else appender.appendBoolean(Boolean(v));
		}
		appender.endRow();
	}
	appender.closeSync();
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

// The canonical Parquet facts table joins back what the browser's hot table leaves out.
const PARQUET_SELECT: Record<string, string> = {
	facts: `SELECT r.report_id, f.*, s.src_text
	        FROM facts f JOIN reports r USING (report_key) JOIN fact_sources s USING (fact_key)`,
	fact_sources: '',
	report_texts: `SELECT r.report_id, t.report_key, t.text FROM report_texts t JOIN reports r USING (report_key)`
};

export async function writeTables(
	dir: string,
	data: Record<string, Row[]>
): Promise<Record<string, number>> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const counts: Record<string, number> = {};
	try {
		await conn.run(`ATTACH ${sqlString(join(dir, DATABASE_FILE))} AS xf`);
		for (const t of TABLES) {
			await conn.run(createTableSql(t));
			await append(conn, t, data[t.name] ?? []);
			counts[t.name] = (data[t.name] ?? []).length;
		}
		for (const t of TABLES) {
			const order = t.order ? ` ORDER BY ${t.order}` : '';
			await conn.run(`CREATE TABLE xf.${t.name} AS SELECT * FROM ${t.name}${order}`);
			const select = PARQUET_SELECT[t.name] ?? `SELECT * FROM ${t.name}`;
			if (select === '') continue;
			const file = join(dir, `${t.name}.parquet`);
			await conn.run(
				`COPY (SELECT * FROM (${select})${order}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`
			);
		}
		await conn.run('DETACH xf');
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
	return counts;
}
