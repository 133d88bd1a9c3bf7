// Bytes the browser downloaded, by kind: counted by the server as sent (uncompressed, as our
// server sends them; HTTP range reads of the database count only the ranges), plus the gzip
// size of whole files (JS, wasm, CSS, HTML) as a compressing server would send them.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { kindOf } from './load.ts';
import type { Served } from '../serve/static-server.ts';

export interface SizeRow {
	kind: string;
	requests: number;
	raw: number;
	/** null where responses were byte ranges (gzip does not apply) */
	gzip: number | null;
}

export function sizesOf(served: Served[], buildDir: string, mounts: Record<string, string> = {}): SizeRow[] {
	const byKind = new Map<string, SizeRow>();
	const gzipped = new Map<string, number>();
	for (const s of served) {
		const kind = kindOf(s.path);
		const row = byKind.get(kind) ?? { kind, requests: 0, raw: 0, gzip: 0 };
		row.requests++;
		row.raw += s.bytes;
		if (s.status === 206 || row.gzip === null) row.gzip = null;
		else if (s.status === 200 && s.bytes > 0) {
			const path = s.path.endsWith('/') ? `${s.path}index.html` : s.path;
			const mount = Object.entries(mounts).find(([prefix]) => path.startsWith(prefix));
			const file = mount ? join(mount[1], path.slice(mount[0].length)) : join(buildDir, path);
			if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(file), { level: 6 }).length);
			row.gzip += gzipped.get(file)!;
		}
		byKind.set(kind, row);
	}
	return [...byKind.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}
