// npm run bench: builds the site, serves it on localhost, drives headless Chromium and prints
// one table per dataset (also written to bench/results.json): the real reports and the
// synthetic national panel (npm run synth, generated first if missing). Every figure stands
// beside the same measurement on a bare floor page (duckdb-wasm + the same data + the same
// queries + a bare ECharts redraw), so runs on different machines compare by ratio.
// A third table measures the synthetic panel read from a separate static host (a second build
// with PUBLIC_DATA_URL, the data served with CORS from another port): DESIGN "Past one machine".
// Flags: --no-build, --runs N (cold loads, default 5), --interactions N (default 30), --real-only,
// --no-data-host (skip the separate-host build and table).
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { startServer, type Served } from './serve/static-server.ts';
import { coldLoad, type LoadRun } from './bench/load.ts';
import { sizesOf, type SizeRow } from './bench/sizes.ts';
import type { Throughput } from './bench/extract-throughput.ts';
import { measureInteractions, type InteractionResult } from './bench/interactions.ts';

const args = process.argv.slice(2);
const num = (flag: string, fallback: number) => Number(args[args.indexOf(flag) + 1]) || fallback;
const runs = args.includes('--runs') ? num('--runs', 5) : 5;
const interactionRuns = args.includes('--interactions') ? num('--interactions', 30) : 30;
const realOnly = args.includes('--real-only');
const dataHost = !realOnly && !args.includes('--no-data-host');
if (!args.includes('--no-build')) execSync('npm run --silent ingest && npm run --silent build', { stdio: 'inherit' });
// the panel is rebuilt when the code that shapes its tables is newer than it
const SYNTH_INPUTS = ['scripts/synth/panel-sql.ts', 'scripts/synth/templates.ts', 'src/lib/dataset/schema.ts', 'src/lib/metrics/bureau-year.ts', 'src/lib/metrics/metric-values.ts', 'src/lib/metrics/overview-rows.ts', 'src/lib/metrics/registry.ts', 'src/lib/metrics/landing.ts', 'scripts/ingest/write-tables.ts'];
const synthStale = () =>
	!existsSync('synth/data/manifest.json') ||
	SYNTH_INPUTS.some((f) => statSync(f).mtimeMs > statSync('synth/data/manifest.json').mtimeMs);
// (without the whole-dataset CSV/XLSX downloads: they take minutes and no figure here reads them)
if (!realOnly && synthStale()) execSync('npm run --silent synth -- --no-downloads', { stdio: 'inherit' });

const median = (xs: (number | null)[]) => {
	const s = xs.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
	return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};

interface DatasetResult {
	dataset: 'real' | 'synth' | 'synth-data-host';
	firstChartMs: number;
	dbReadyMs: number;
	floorDbReadyMs: number;
	heapBytes: number;
	failedLoads: number;
	sizes: SizeRow[];
	interactions: InteractionResult;
}

let current: Served[] = [];
const MOUNTS = { '/data-synth/': 'synth/data' };
const server = await startServer({ root: 'build', mounts: MOUNTS, onServed: (s) => current.push(s) });

interface Site {
	url: string;
	/** the build the site serves, for gzip sizes */
	dir: string;
	query: string;
}

async function benchDataset(dataset: DatasetResult['dataset'], years: [number, number], site: Site): Promise<DatasetResult> {
	const q = site.query;
	const server = site;
	const loads: LoadRun[] = [];
	let firstServed: Served[] = [];
	for (let i = 0; i < runs; i++) {
		current = [];
		loads.push(await coldLoad(`${server.url}${q}`, 'per-staff-chart'));
		if (i === 0) firstServed = current;
	}
	current = []; // the floor loads and interactions are not the first view's bytes
	const floors: LoadRun[] = [];
	for (let i = 0; i < runs; i++) floors.push(await coldLoad(`${server.url}bench/floor/${q}`, null));
	const interactions = await measureInteractions(server.url, q, years, dataset !== 'real', interactionRuns);
	return {
		dataset,
		firstChartMs: median(loads.map((l) => l.firstChartMs)),
		dbReadyMs: median(loads.map((l) => l.dbReadyMs)),
		floorDbReadyMs: median(floors.map((l) => l.dbReadyMs)),
		heapBytes: Math.max(...loads.map((l) => l.heapBytes ?? 0)),
		failedLoads: loads.filter((l) => l.firstChartMs === null || l.dbReadyMs === null).length,
		sizes: sizesOf(firstServed, site.dir, MOUNTS),
		interactions
	};
}

/** The synthetic panel on a host of its own: a build that reads it from there by CORS range reads. */
async function benchDataHost(): Promise<DatasetResult> {
	const dir = 'bench/build-data-host';
	mkdirSync(dir, { recursive: true });
	const site = await startServer({ root: dir, onServed: (s) => current.push(s) });
	const data = await startServer({
		root: 'synth/data',
		base: '/data-synth',
		corsOrigins: [new URL(site.url).origin],
		// counted with the site's requests, under the path the data has on its host
		onServed: (s) => current.push({ ...s, path: `/data-synth${s.path}` })
	});
	try {
		execSync('npx vite build', { stdio: 'pipe', env: { ...process.env, BUILD_DIR: dir, PUBLIC_DATASET: 'synth', PUBLIC_DATA_URL: data.url } });
		return await benchDataset('synth-data-host', [2023, 2022], { url: site.url, dir, query: '' });
	} finally {
		await Promise.all([site.close(), data.close()]);
	}
}

const results: DatasetResult[] = [];
try {
	const here = { url: server.url, dir: 'build' };
	results.push(await benchDataset('real', [2023, 2021], { ...here, query: '' }));
	// not the latest year: its ranking equals the default view's
	if (!realOnly) results.push(await benchDataset('synth', [2023, 2022], { ...here, query: '?data=synth' }));
} finally {
	await server.close();
}
if (dataHost) results.push(await benchDataHost());
// in a fresh process: see extract-throughput.ts
const extraction = JSON.parse(execFileSync('npx', ['tsx', 'scripts/bench/extract-throughput.ts'], { encoding: 'utf8' })) as Throughput;

const TITLES: Record<DatasetResult['dataset'], string> = {
	real: 'real dataset (data/raw)',
	synth: 'synthetic national panel (合成数据)',
	'synth-data-host': 'synthetic national panel (合成数据) read from a separate data host (CORS + Range)'
};
const f = (n: number) => (Number.isFinite(n) ? `${n.toFixed(0)} ms` : '—');
const ratio = (a: number, b: number) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(2)}x` : '—');
const kb = (n: number | null) => (n === null ? '—' : n >= 1e6 ? `${(n / 1024 / 1024).toFixed(2)} MB` : `${(n / 1024).toFixed(1)} kB`);
const lines: string[] = [`bench: ${runs} cold loads per dataset in fresh Chromium profiles, ${interactionRuns} runs per interaction; ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`];
for (const r of results) {
	const i = r.interactions;
	lines.push(
		'',
		`== ${TITLES[r.dataset]}`,
		'figure                                     value        floor        ratio',
		`time to first chart (median)               ${f(r.firstChartMs).padEnd(12)} —            (target <= 1000 ms)`,
		`time to DuckDB ready (median)              ${f(r.dbReadyMs).padEnd(12)} ${f(r.floorDbReadyMs).padEnd(12)} ${ratio(r.dbReadyMs, r.floorDbReadyMs)} (target <= 1.15x)`,
		`year filter change p50 (${String(i.marks).padStart(3)} bars)            ${f(i.yearChange.p50).padEnd(12)} ${f(i.yearChangeFloor.p50).padEnd(12)} ${ratio(i.yearChange.p50, i.yearChangeFloor.p50)}`,
		`year filter change p95                     ${f(i.yearChange.p95).padEnd(12)} ${f(i.yearChangeFloor.p95).padEnd(12)} ${ratio(i.yearChange.p95, i.yearChangeFloor.p95)} (target <= 100 ms, <= 1.5x)`,
		`metric change p50 (compare page)           ${f(i.metricChange.p50).padEnd(12)} ${f(i.metricChangeFloor.p50).padEnd(12)} ${ratio(i.metricChange.p50, i.metricChangeFloor.p50)}`,
		`metric change p95                          ${f(i.metricChange.p95).padEnd(12)} ${f(i.metricChangeFloor.p95).padEnd(12)} ${ratio(i.metricChange.p95, i.metricChangeFloor.p95)} (target <= 100 ms, <= 1.5x)`,
		`table page switch p50                      ${f(i.pageSwitch.p50).padEnd(12)} ${f(i.pageSwitchFloor.p50).padEnd(12)} ${ratio(i.pageSwitch.p50, i.pageSwitchFloor.p50)}`,
		`table page switch p95                      ${f(i.pageSwitch.p95).padEnd(12)} ${f(i.pageSwitchFloor.p95).padEnd(12)} ${ratio(i.pageSwitch.p95, i.pageSwitchFloor.p95)} (target <= 100 ms, <= 1.5x)`,
		`JS heap after load (max)                   ${kb(r.heapBytes)}`,
		`failed loads                               ${r.failedLoads}`,
		'bytes downloaded, first view        requests   raw          gzip',
		...r.sizes.map((s) => `  ${s.kind.padEnd(34)}${String(s.requests).padStart(8)}   ${kb(s.raw).padEnd(12)} ${kb(s.gzip)}`)
	);
}
lines.push(
	'',
	`extraction: ${extraction.reportsPerSecond.toFixed(0)} reports/s/core (target >= 1000); token-scan floor ${extraction.floorPerSecond.toFixed(0)}/s; ${extraction.ratio.toFixed(2)}x the floor (target <= 4x; median of ${extraction.rounds} rounds, quartiles ${extraction.ratioQuartiles.map((q) => q.toFixed(2)).join('-')}, ratio of totals ${extraction.ratioOfTotals.toFixed(2)}x)`
);
console.log(lines.join('\n'));
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', JSON.stringify({ at: new Date().toISOString(), runs, interactionRuns, results, extraction }, null, '\t') + '\n');
