// The seed reports ingested into a temporary directory and attached in duckdb-wasm's Node build:
// the real schema and data the browser would query, for SQL tests.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../scripts/ingest/run.ts';
import { wasmClient } from './node-duckdb.ts';
import type { QueryClient } from '../../src/lib/db/types.ts';

export interface SeedDb {
	db: QueryClient;
	close(): Promise<void>;
}

export async function seedDatabase(prefix: string): Promise<SeedDb> {
	const dir = await mkdtemp(join(tmpdir(), prefix));
	await cp('data/raw', join(dir, 'raw'), { recursive: true });
	await ingest({ raw: join(dir, 'raw'), out: join(dir, 'data'), census: 'data/reference/census2020_cn_county_prefecture.csv' });
	const db = await wasmClient(join(dir, 'data', 'xinfang.duckdb'));
	return {
		db,
		async close() {
			db.close();
			await rm(dir, { recursive: true, force: true });
		}
	};
}
