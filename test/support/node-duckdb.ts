// Reading the written dataset back in tests: native DuckDB (@duckdb/node-api) for Parquet, and
// duckdb-wasm's own Node build for the database file, which is the browser's engine without
// extensions, so what passes here also binds in the browser.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import * as duckdbWasm from '@duckdb/duckdb-wasm/blocking';
import { arrowRows } from '../../src/lib/db/arrow-rows.ts';
import type { QueryClient } from '../../src/lib/db/types.ts';

export async function nativeQuery(sql: string): Promise<Record<string, unknown>[]> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		const reader = await conn.runAndReadAll(sql);
		// BIGINT comes back as bigint; tests compare plain numbers
		return reader.getRowObjectsJS().map((row) =>
			Object.fromEntries(
				Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])
			)
		);
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

/** The database file attached in duckdb-wasm (Node, blocking build), as the site does. */
export async function wasmClient(dbFile: string): Promise<QueryClient & { close(): void }> {
	const require = createRequire(import.meta.url);
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const db = await duckdbWasm.createDuckDB(
		{
			mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
			eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' }
		},
		new duckdbWasm.VoidLogger(),
		duckdbWasm.NODE_RUNTIME
	);
	await db.instantiate();
	db.open({ path: ':memory:', query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	db.registerFileBuffer('xinfang.duckdb', new Uint8Array(await readFile(dbFile)));
	const conn = db.connect();
	conn.query('SET autoinstall_known_extensions = false');
	conn.query('SET autoload_known_extensions = false');
	conn.query(`ATTACH 'xinfang.duckdb' AS xf (READ_ONLY)`);
	conn.query('USE xf');
	return {
		async query<T>(sql: string) {
			return arrowRows<T>(conn.query(sql));
		},
		close() {
			conn.close();
		}
	};
}
