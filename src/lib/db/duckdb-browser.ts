// The site's own database: the dataset attached as `xf` and made the default schema, so the
// pages' SQL names the tables alone. Imported by the root layout in the browser only, never
// during prerender.
import type * as duckdb from '@duckdb/duckdb-wasm';
import { openEngine } from './engine.ts';
import { arrowRows } from './arrow-rows.ts';
import { StatementCache } from './statement-cache.ts';
import type { Manifest } from './manifest.ts';
import { QueryError, type LoadProgress, type QueryClient } from './types.ts';

export const DATABASE_ALIAS = 'xf';

export interface BrowserDb {
	client: QueryClient;
	duckdb: duckdb.AsyncDuckDB;
}

/** @param dataUrl absolute URL of the data directory (…/data/), ending in "/" */
export async function openBrowserDb(
	dataUrl: string,
	manifest: Manifest,
	onProgress: (p: LoadProgress) => void = () => {}
): Promise<BrowserDb> {
	const { db, conn } = await openEngine(dataUrl, manifest, DATABASE_ALIAS, onProgress);
	await conn.query(`USE ${DATABASE_ALIAS}`);
	const statements = new StatementCache(conn);

	const client: QueryClient = {
		async query<T>(sql: string): Promise<T[]> {
			try {
				return arrowRows<T>(await statements.run(sql));
			} catch (e) {
				throw new QueryError((e as Error).message, sql);
			}
		}
	};
	onProgress({ phase: 'ready', fraction: 1, message: '数据已就绪' });
	return { client, duckdb: db };
}
