// The data directory is built beside its destination and swapped in only when complete, so the
// site's data/ never holds a half-written file (a failed run leaves the previous data in place).
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DATABASE_FILE } from './write-tables.ts';
import type { FirstView } from '../../src/lib/metrics/landing.ts';
import { FIRST_VIEW_FILE, type DatasetDownloads, type Manifest } from '../../src/lib/db/manifest.ts';

export async function publish(
	outDir: string,
	build: (tmp: string) => Promise<{ counts: Record<string, number>; firstView: FirstView; downloads?: DatasetDownloads }>,
	meta: { parser_version: string; synthetic: boolean }
): Promise<Manifest> {
	const out = resolve(outDir);
	const tmp = `${out}.tmp-${process.pid}`;
	await rm(tmp, { recursive: true, force: true });
	await mkdir(tmp, { recursive: true });
	try {
		const { counts, firstView, downloads } = await build(tmp);
		await writeFile(join(tmp, FIRST_VIEW_FILE), JSON.stringify(firstView) + '\n');
		const manifest: Manifest = {
			generated_at: new Date().toISOString(),
			parser_version: meta.parser_version,
			database: DATABASE_FILE,
			synthetic: meta.synthetic,
			counts,
			files: {},
			...(downloads ? { downloads } : {})
		};
		const downloadFiles = downloads ? [...Object.values(downloads.csv), downloads.xlsx.file] : [];
		for (const name of [DATABASE_FILE, FIRST_VIEW_FILE, ...Object.keys(counts).map((t) => `${t}.parquet`), ...downloadFiles]) {
			const size = await stat(join(tmp, name)).then((s) => s.size, () => null);
			if (size !== null) manifest.files[name] = size;
		}
		await writeFile(join(tmp, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
		const old = `${out}.old-${process.pid}`;
		await rename(out, old).catch(() => undefined);
		await rename(tmp, out);
		await rm(old, { recursive: true, force: true });
		return manifest;
	} catch (e) {
		await rm(tmp, { recursive: true, force: true });
		throw e;
	}
}
