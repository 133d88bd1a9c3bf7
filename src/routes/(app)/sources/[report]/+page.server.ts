// Which reports are prerendered: those of the real dataset as the last ingest wrote them
// (static/data/reports.parquet). Only `entries` runs here, at build time; there is no server
// load, so the page asks the server for nothing in the browser.
import { existsSync } from 'node:fs';
import type { EntryGenerator } from './$types';
import { REF_LENGTH } from '$lib/url/source-link.ts';

const REPORTS = 'static/data/reports.parquet';

export const entries: EntryGenerator = async () => {
	if (!existsSync(REPORTS)) return [];
	const { DuckDBInstance } = await import('@duckdb/node-api');
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		const reader = await conn.runAndReadAll(`SELECT DISTINCT left(report_id, ${REF_LENGTH}) AS ref FROM read_parquet('${REPORTS}') ORDER BY ref`);
		return reader.getRowObjectsJS().map((r) => ({ report: String(r.ref) }));
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
};
