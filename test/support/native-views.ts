// The same SQL the site runs, natively on the Parquet files of a data directory: each table a
// view over its file, fact_sources taken from the canonical facts file (which carries src_text),
// coverage, bureau_keys, metric_values and metric_wide computed as ingest does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { COVERAGE_FACTS_SQL } from '../../src/lib/metrics/quality.ts';
import { BUREAU_KEYS_SQL, METRIC_VALUES_SQL, METRIC_WIDE_SQL } from '../../src/lib/metrics/metric-values.ts';

const plain = (v: unknown): unknown =>
	typeof v === 'bigint' ? Number(v) : Array.isArray(v) ? v.map(plain) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)])) : v;

export async function queryOnParquet(dataDir: string, sql: string): Promise<Record<string, unknown>[]> {
	const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as { files: Record<string, number> };
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		for (const file of Object.keys(manifest.files).filter((f) => f.endsWith('.parquet')))
			await conn.run(`CREATE VIEW ${file.replace('.parquet', '')} AS SELECT * FROM '${join(dataDir, file)}'`);
		await conn.run(`CREATE VIEW fact_sources AS SELECT fact_key, report_key, fiscal_year, src_start, src_end, src_text FROM facts`);
		// the browser-only summary ingest writes into the database file, by the same SQL
		await conn.run(`CREATE VIEW coverage AS ${COVERAGE_FACTS_SQL}`);
		await conn.run(`CREATE VIEW bureau_keys AS ${BUREAU_KEYS_SQL}`);
		await conn.run(`CREATE VIEW metric_values AS ${METRIC_VALUES_SQL}`);
		await conn.run(`CREATE VIEW metric_wide AS ${METRIC_WIDE_SQL}`);
		const reader = await conn.runAndReadAll(sql);
		return reader.getRowObjectsJS().map((r) => plain(r) as Record<string, unknown>);
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

/** A row as CSV writes it: no value as '', everything else as its text (nested values as JSON). */
export function asCsvText(v: unknown): string {
	if (v === null || v === undefined) return '';
	if (typeof v === 'object') return JSON.stringify(v);
	return String(v);
}
