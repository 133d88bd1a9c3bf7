// A small static file server for the built site: the MIME types the site needs (wasm above
// all), HEAD and single-range GET for the DuckDB file, an optional sub-path, and the 404 page
// as fallback. It is what `npm start` serves and what the browser tests and benchmarks run
// against; any static server with the same properties works (README "内网部署").
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.duckdb': 'application/octet-stream',
	'.parquet': 'application/vnd.apache.parquet',
	'.csv': 'text/csv; charset=utf-8',
	'.geojson': 'application/geo+json',
	'.txt': 'text/plain; charset=utf-8'
};

export interface ServeOptions {
	root: string;
	/** sub-path the site is served under, e.g. "/xinfang"; "" for the root */
	base?: string;
	port?: number;
	host?: string;
	/** extra directories served at a path of the site, e.g. { '/data-synth/': 'synth/data' } */
	mounts?: Record<string, string>;
	/** called for every request, for tests that check what was fetched */
	onRequest?: (req: IncomingMessage) => void;
	/** called for every response with the body bytes sent, for benchmarks */
	onServed?: (info: Served) => void;
	/**
	 * Origins allowed to read these files from their pages (CORS), for serving the data on a host
	 * of its own: the site's origin, or '*'. Range reads need the Range request header allowed and
	 * Content-Range/Content-Length/Accept-Ranges exposed, or duckdb-wasm cannot read by parts.
	 */
	corsOrigins?: string[];
}

export interface Served {
	path: string;
	method: string;
	status: number;
	bytes: number;
}

export interface RunningServer {
	url: string;
	server: Server;
	close(): Promise<void>;
}

async function resolveFile(root: string, pathname: string): Promise<string | null> {
	const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
	const file = resolve(root, rel);
	if (file !== root && !file.startsWith(root + sep)) return null;
	for (const candidate of [file, join(file, 'index.html'), `${file}.html`]) {
		const s = await stat(candidate).catch(() => null);
		if (s?.isFile()) return candidate;
	}
	return null;
}

function parseRange(header: string, size: number): [number, number] | null {
	const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
	if (!m || (m[1] === '' && m[2] === '')) return null;
	let start: number;
	let end: number;
	if (m[1] === '') {
		start = Math.max(0, size - Number(m[2]));
		end = size - 1;
	} else {
		start = Number(m[1]);
		end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
	}
	return start <= end && start < size ? [start, end] : null;
}

/** The CORS headers for a request from `origin`, or none when it is not allowed. */
function corsHeaders(origin: string | undefined, allowed: string[]): Record<string, string> {
	if (!origin || allowed.length === 0) return {};
	const allow = allowed.includes('*') ? '*' : allowed.includes(origin) ? origin : null;
	if (!allow) return {};
	return {
		'Access-Control-Allow-Origin': allow,
		'Access-Control-Expose-Headers': 'Content-Range, Content-Length, Accept-Ranges',
		Vary: 'Origin'
	};
}

async function handle(
	req: IncomingMessage,
	res: ServerResponse,
	root: string,
	base: string,
	mounts: [string, string][],
	onServed?: (info: Served) => void,
	corsOrigins: string[] = []
) {
	const url = new URL(req.url ?? '/', 'http://localhost');
	const cors = corsHeaders(req.headers.origin, corsOrigins);
	if (req.method === 'OPTIONS' && cors['Access-Control-Allow-Origin']) {
		// preflight of a range read
		res.writeHead(204, {
			...cors,
			'Access-Control-Allow-Methods': 'GET, HEAD',
			'Access-Control-Allow-Headers': 'Range',
			'Access-Control-Max-Age': '86400'
		}).end();
		return;
	}
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { Allow: 'GET, HEAD' }).end();
		return;
	}
	if (base && url.pathname === base) {
		res.writeHead(301, { Location: `${base}/` }).end();
		return;
	}
	if (base && !url.pathname.startsWith(`${base}/`)) {
		res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not under ${base}/`);
		return;
	}
	const pathname = url.pathname.slice(base.length);
	const served = (status: number, bytes: number) =>
		onServed?.({ path: pathname, method: req.method ?? 'GET', status, bytes: req.method === 'HEAD' ? 0 : bytes });
	const mount = mounts.find(([prefix]) => pathname.startsWith(prefix));
	let file = mount
		? await resolveFile(mount[1], pathname.slice(mount[0].length))
		: await resolveFile(root, pathname);
	let status = 200;
	if (!file) {
		file = await resolveFile(root, '404.html');
		status = 404;
		if (!file) {
			res.writeHead(404).end();
			return;
		}
	}
	const size = (await stat(file)).size;
	const headers: Record<string, string | number> = {
		...cors,
		'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
		'Accept-Ranges': 'bytes',
		'Cache-Control': pathname.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
	};
	const range = req.headers.range && status === 200 ? parseRange(req.headers.range, size) : null;
	if (req.headers.range && status === 200 && !range) {
		res.writeHead(416, { 'Content-Range': `bytes */${size}` }).end();
		return;
	}
	if (range) {
		const [start, end] = range;
		res.writeHead(206, { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': end - start + 1 });
		served(206, end - start + 1);
		if (req.method === 'HEAD') res.end();
		else createReadStream(file, { start, end }).pipe(res);
		return;
	}
	res.writeHead(status, { ...headers, 'Content-Length': size });
	served(status, size);
	if (req.method === 'HEAD') res.end();
	else createReadStream(file).pipe(res);
}

export function startServer(opts: ServeOptions): Promise<RunningServer> {
	const root = resolve(opts.root);
	const base = (opts.base ?? '').replace(/\/+$/, '');
	const mounts = Object.entries(opts.mounts ?? {}).map(([p, dir]): [string, string] => [p, resolve(dir)]);
	const server = createServer((req, res) => {
		opts.onRequest?.(req);
		handle(req, res, root, base, mounts, opts.onServed, opts.corsOrigins).catch((e: Error) => {
			if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
			res.end(String(e.message));
		});
	});
	return new Promise((ok, fail) => {
		server.once('error', fail);
		server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			ok({
				url: `http://${opts.host ?? '127.0.0.1'}:${port}${base}/`,
				server,
				close: () => new Promise((done) => server.close(() => done()))
			});
		});
	});
}
