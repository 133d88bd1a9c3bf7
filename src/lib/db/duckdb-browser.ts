// duckdb-wasm from the site's own files: wasm and worker are Vite assets (?url), so nothing
// comes from a CDN. Imported by the root layout in the browser only, never during prerender.
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowRows } from './arrow-rows.ts';
import type { Manifest } from './manifest.ts';
import { QueryError, type LoadProgress, type QueryClient } from './types.ts';

/** The self-hosted engine builds; the SQL console's own instance uses the same files. */
export const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

export const DATABASE_ALIAS = 'xf';

export interface BrowserDb {
	client: QueryClient;
	duckdb: duckdb.AsyncDuckDB;
}

/**
 * Opens the engine, switches extension loading off (the npm build has no Parquet/JSON reader
 * and would try extensions.duckdb.org, which hangs an offline intranet), and attaches the
 * database file written at ingest read-only over HTTP range requests.
 * @param dataUrl absolute URL of the data directory (…/data/), ending in "/"
 */
export async function openBrowserDb(
	dataUrl: string,
	manifest: Manifest,
	onProgress: (p: LoadProgress) => void = () => {}
): Promise<BrowserDb> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	onProgress({ phase: 'download', fraction: 0, message: '正在下载数据库引擎…' });
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker, (p) => {
		const fraction = p.bytesTotal > 0 ? p.bytesLoaded / p.bytesTotal : null;
		onProgress({ phase: 'download', fraction, message: '正在下载数据库引擎…' });
	});
	onProgress({ phase: 'instantiate', fraction: null, message: '正在启动数据库…' });
	await db.open({
		path: ':memory:',
		query: { castBigIntToDouble: true, castDecimalToDouble: true },
		// forceFullHTTPReads must be set false explicitly: duckdb-wasm 1.32 defaults it to true
		// (lib/src/io/web_filesystem.cc, force_full_http_reads.value_or(true)), and with full
		// reads disallowed every HTTP file then fails to open without sending a request.
		filesystem: { reliableHeadRequests: true, allowFullHTTPReads: false, forceFullHTTPReads: false }
	});
	const conn = await db.connect();
	await conn.query('SET autoinstall_known_extensions = false');
	await conn.query('SET autoload_known_extensions = false');

	onProgress({ phase: 'attach', fraction: null, message: '正在连接数据文件…' });
	const fileUrl = new URL(manifest.database, dataUrl).href;
	await db.registerFileURL(manifest.database, fileUrl, duckdb.DuckDBDataProtocol.HTTP, false);
	await conn.query(`ATTACH '${manifest.database}' AS ${DATABASE_ALIAS} (READ_ONLY)`);
	await conn.query(`USE ${DATABASE_ALIAS}`);

	const client: QueryClient = {
		async query<T>(sql: string): Promise<T[]> {
			try {
				return arrowRows<T>(await conn.query(sql));
			} catch (e) {
				throw new QueryError((e as Error).message, sql);
			}
		}
	};
	onProgress({ phase: 'ready', fraction: 1, message: '数据已就绪' });
	return { client, duckdb: db };
}
