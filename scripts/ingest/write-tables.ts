// Writes the dataset with @duckdb/node-api, pinned to the DuckDB inside duckdb-wasm so the
// database file opens in the browser. Tables are built in memory first (appended rows for real
// reports, SQL for the synthetic panel), summaries are derived from them, then two outputs:
// - <name>.parquet: the canonical, downloadable dataset (facts carry report_id and src_text);
// - xinfang.duckdb: what the browser ATTACHes read-only over HTTP range requests, sorted so
//   filters skip row groups.
// Everything is written into a fresh directory; the caller renames it into place.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { join } from 'node:path';
import { TABLES, createTableSql, type TableDef } from '../../src/lib/dataset/schema.ts';
import type { Row } from '../../src/lib/dataset/build.ts';
import { BUREAU_YEAR_SQL } from '../../src/lib/metrics/bureau-year.ts';
import { COVERAGE_FACTS_SQL } from '../../src/lib/metrics/quality.ts';
import { BUREAU_KEYS_SQL, METRIC_VALUES_ORDER, METRIC_VALUES_SQL, METRIC_WIDE_ORDER, METRIC_WIDE_SQL } from '../../src/lib/metrics/metric-values.ts';
import { OVERVIEW_ROWS_ORDER, OVERVIEW_ROWS_SQL } from '../../src/lib/metrics/overview-rows.ts';
import { writeDownloads, type DownloadTable } from './write-downloads.ts';
import type { DatasetDownloads } from '../../src/lib/db/manifest.ts';
import { kpisSql, loadRanking, type FirstView, type LandingKpis } from '../../src/lib/metrics/landing.ts';

export const DATABASE_FILE = 'xinfang.duckdb';

/** Tables derived at ingest from the normalized ones: the common views read these. */
export const DERIVED = [
	{ name: 'bureau_year', sql: BUREAU_YEAR_SQL, order: 'fiscal_year, region_code, bureau_id' },
	// the quality page's coverage (bureau x year x metric group): grouping 4 M facts in the browser
	// took 20-25 s on the national panel, reading this takes milliseconds
	{ name: 'coverage', sql: COVERAGE_FACTS_SQL, order: 'bureau_id, fiscal_year, grp' },
	// each metric's values, sorted by metric and value, with integer bureau keys (metric-values.ts):
	// what the compare page, the map and embeds rank and pair, without bureau_year's source lists,
	// strings or a window
	{ name: 'bureau_keys', sql: BUREAU_KEYS_SQL, order: 'bkey' },
	{ name: 'metric_values', sql: METRIC_VALUES_SQL, order: METRIC_VALUES_ORDER },
	// the same values a column a metric: what a scatter pairs
	{ name: 'metric_wide', sql: METRIC_WIDE_SQL, order: METRIC_WIDE_ORDER },
	// the overview's table and ranking rows in their order, so that a page is read as one run
	{ name: 'overview_rows', sql: OVERVIEW_ROWS_SQL, order: OVERVIEW_ROWS_ORDER }
];

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

// The canonical Parquet facts table joins back what the browser's hot table leaves out.
const PARQUET_SELECT: Record<string, string> = {
	facts: `SELECT r.report_id, f.*, s.src_text
	        FROM facts f JOIN reports r ON r.report_key = f.report_key JOIN fact_sources s ON s.fact_key = f.fact_key`,
	fact_sources: '',
	// a browser-side summary of facts (counts per group), not a canonical table
	coverage: '',
	// bureau_year's metrics in long form, for the browser's rankings; not a canonical table
	metric_values: '',
	metric_wide: '',
	bureau_keys: '',
	overview_rows: '',
	report_texts: `SELECT r.report_id, t.report_key, t.text FROM report_texts t JOIN reports r USING (report_key)`
};

export async function openMemory(): Promise<{ conn: DuckDBConnection; close(): void }> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	return {
		conn,
		close() {
			conn.closeSync();
			instance.closeSync();
		}
	};
}

export async function createTables(conn: DuckDBConnection): Promise<void> {
	for (const t of TABLES) await conn.run(createTableSql(t));
}

export async function appendRows(conn: DuckDBConnection, table: TableDef, rows: Row[]): Promise<void> {
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

async function rows(conn: DuckDBConnection, sql: string): Promise<Record<string, unknown>[]> {
	const reader = await conn.runAndReadAll(sql);
	return reader.getRowObjectsJS().map((r) =>
		Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]))
	);
}


/** Derived tables, the first-view summary, and both outputs, from the in-memory tables. */
export async function writeOutputs(
	conn: DuckDBConnection,
	dir: string,
	opts: { downloads: boolean } = { downloads: true }
): Promise<{ counts: Record<string, number>; firstView: FirstView; downloads: DatasetDownloads | undefined }> {
	for (const d of DERIVED) await conn.run(`CREATE OR REPLACE TABLE ${d.name} AS ${d.sql}`);
	const counts: Record<string, number> = {};
	await conn.run(`ATTACH ${sqlString(join(dir, DATABASE_FILE))} AS xf`);
	const outputs = [...TABLES.map((t) => ({ name: t.name, order: t.order })), ...DERIVED];
	const downloadable: DownloadTable[] = [];
	for (const t of outputs) {
		counts[t.name] = Number((await rows(conn, `SELECT count(*) AS n FROM ${t.name}`))[0]!.n);
		const order = t.order ? ` ORDER BY ${t.order}` : '';
		await conn.run(`CREATE TABLE xf.${t.name} AS SELECT * FROM ${t.name}${order}`);
		const select = PARQUET_SELECT[t.name] ?? `SELECT * FROM ${t.name}`;
		if (select === '') continue;
		const file = join(dir, `${t.name}.parquet`);
		await conn.run(`COPY (SELECT * FROM (${select})${order}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`);
		downloadable.push({ name: t.name, select: `SELECT * FROM (${select})${order}` });
	}
	await conn.run('DETACH xf');
	const downloads = opts.downloads ? await writeDownloads(conn, dir, downloadable, counts) : undefined;
	const firstView: FirstView = {
		year: null,
		kpis: ((await rows(conn, kpisSql(null)))[0] ?? null) as LandingKpis | null,
		ranking: await loadRanking({ query: async <T>(sql: string) => (await rows(conn, sql)) as T[] }, null)
	};
	return { counts, firstView, downloads };
}

/** Real reports: rows built in JS, appended, then written. */
export async function writeTables(dir: string, data: Record<string, Row[]>) {
	const db = await openMemory();
	try {
		await createTables(db.conn);
		for (const t of TABLES) await appendRows(db.conn, t, data[t.name] ?? []);
		return await writeOutputs(db.conn, dir);
	} finally {
		db.close();
	}
}
