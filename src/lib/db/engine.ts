// A duckdb-wasm instance with the dataset attached, as both the site's database and the SQL
// console's own one start: the engine from the site's own files (wasm and worker are Vite assets,
// ?url, so nothing comes from a CDN), in a worker of its own, extension loading off, the
// database file written at ingest attached read-only over HTTP range requests. What each does
// with it afterwards (USE, views, locking) stays with the caller.
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Manifest } from './manifest.ts';
import type { LoadProgress } from './types.ts';

/** The self-hosted engine builds. */
export const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

export interface Engine {
	db: duckdb.AsyncDuckDB;
	conn: duckdb.AsyncDuckDBConnection;
}

/**
 * Starts an engine and attaches the dataset's database file as `alias`. Extension loading is
 * switched off because the npm build has no Parquet/JSON reader and would try
 * DuckDB's extension server, which hangs an offline intranet.
 * @param dataUrl absolute URL of the data directory (…/data/), ending in "/"
 */
export async function openEngine(
	dataUrl: string,
	manifest: Manifest,
	alias: string,
	onProgress: (p: LoadProgress) => void = () => {}
): Promise<Engine> {
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
	await conn.query(`ATTACH '${manifest.database}' AS ${alias} (READ_ONLY)`);
	return { db, conn };
}
