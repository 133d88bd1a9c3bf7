// npm run synth: a synthetic national panel for scale tests, in the same tables and layout as
// the real data, written to synth/data/ (never into static/data/, and not into a build unless asked). Every row is marked
// synthetic, and the site shows a "合成数据 / synthetic data" banner whenever it is loaded
// (?data=synth, or PUBLIC_DATASET=synth at build time).
// Flags: --seed N (default 1), --years 2013-2024, --out DIR, --no-downloads (skip the whole-dataset
// CSV and XLSX files, for tests that only need the panel's pages).
import { readFile } from 'node:fs/promises';
import { allRegions } from '../src/lib/regions/divisions.ts';
import { regionRows } from '../src/lib/dataset/regions-table.ts';
import { REGIONS } from '../src/lib/dataset/schema.ts';
import { parseCsv } from './ingest/csv.ts';
import { appendRows, createTables, openMemory, writeOutputs } from './ingest/write-tables.ts';
import { publish } from './ingest/publish.ts';
import { factsSql, fillSql, macrosSql, paramsSql } from './synth/panel-sql.ts';
import { TEMPLATES } from './synth/templates.ts';

const SYNTH_VERSION = 'synth-1';

function arg(name: string, fallback: string): string {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const seed = Number(arg('seed', '1'));
const [firstYear, lastYear] = arg('years', '2013-2024').split('-').map(Number) as [number, number];
const out = arg('out', 'synth/data');
const t0 = performance.now();

const census = parseCsv(await readFile('data/reference/census2020_cn_county_prefecture.csv', 'utf8'))
	.filter((r) => r.population && /^\d{6}$/.test(r.code ?? ''))
	.map((r) => ({ code: r.code!, population: Number(r.population) }));

const manifest = await publish(
	out,
	async (tmp) => {
		const db = await openMemory();
		try {
			await createTables(db.conn);
			await appendRows(db.conn, REGIONS, regionRows(allRegions(), census));
			for (const sql of [...macrosSql(seed), paramsSql({ seed, firstYear, lastYear }), ...factsSql(), ...fillSql(SYNTH_VERSION)])
				await db.conn.run(sql);
			return await writeOutputs(db.conn, tmp, { downloads: !process.argv.includes('--no-downloads') });
		} finally {
			db.close();
		}
	},
	{ parser_version: SYNTH_VERSION, synthetic: true }
);
const mb = (n = 0) => `${(n / 1e6).toFixed(1)} MB`;
console.log(
	`synth (synthetic data, seed ${seed}, ${firstYear}-${lastYear}): ${manifest.counts.bureaus} bureaus, ${manifest.counts.reports} reports, ` +
		`${manifest.counts.facts} facts (${TEMPLATES.length} per report) -> ${out}/ ` +
		`(${manifest.database} ${mb(manifest.files[manifest.database])}) in ${((performance.now() - t0) / 1000).toFixed(1)} s`
);
