// The console's views show the canonical tables: the same names, columns (in order) and types
// as the Parquet files ingest writes, and the same rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { canonicalTables, canonicalViewsSql } from '../../src/lib/sql/canonical.ts';
import { EXAMPLES } from '../../src/lib/sql/examples.ts';
import { wasmClient, nativeQuery } from '../support/node-duckdb.ts';
import type { QueryClient } from '../../src/lib/db/types.ts';
import type { Manifest } from '../../src/lib/db/manifest.ts';

const DIR = 'static/data';
let db: QueryClient & { close(): void };
let tables: string[];

beforeAll(async () => {
	const manifest = JSON.parse(await readFile(`${DIR}/manifest.json`, 'utf8')) as Manifest;
	tables = canonicalTables(manifest.files);
	db = await wasmClient(`${DIR}/${manifest.database}`);
	await db.query('USE memory');
	for (const sql of canonicalViewsSql(tables, 'xf')) await db.query(sql);
});
afterAll(() => db?.close());

describe('canonical views', () => {
	it('are the Parquet files of the manifest', () => {
		expect(tables).toEqual(['regions', 'bureaus', 'reports', 'facts', 'report_texts', 'checks', 'problems', 'corrections', 'bureau_year']);
	});

	it('have the Parquet files’ columns and types, in order', async () => {
		for (const t of tables) {
			const view = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${t}`);
			const file = await nativeQuery(`DESCRIBE SELECT * FROM '${DIR}/${t}.parquet'`);
			expect(view.map((c) => [c.column_name, c.column_type]), t).toEqual(file.map((c) => [c.column_name, c.column_type]));
		}
	});

	it('hold the Parquet files’ rows', async () => {
		for (const t of ['facts', 'report_texts', 'checks']) {
			const sql = (from: string) => `SELECT count(*) AS n, count(DISTINCT report_id) AS reports FROM ${from}`;
			const withId = t === 'checks' ? `(SELECT * FROM ${t} JOIN reports USING (report_key))` : t;
			const parquet = t === 'checks' ? `(SELECT * FROM '${DIR}/checks.parquet' JOIN '${DIR}/reports.parquet' USING (report_key))` : `'${DIR}/${t}.parquet'`;
			expect(await db.query(sql(withId)), t).toEqual(await nativeQuery(sql(parquet)));
		}
	});

	it('run every example query', async () => {
		for (const ex of EXAMPLES) await expect(db.query(ex.sql), ex.id).resolves.toBeDefined();
		const failed = await db.query(EXAMPLES.find((e) => e.id === 'failed-checks')!.sql);
		const native = await nativeQuery(`SELECT count(*) AS n FROM '${DIR}/checks.parquet' WHERE status <> 'ok'`);
		expect(failed.length).toBe(native[0]!.n);
	});
});
