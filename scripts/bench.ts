// npm run bench: builds the site, serves it on localhost, drives headless Chromium and prints
// one table (also written to bench/results.json). Figures, not pass/fail: compare runs by the
// ratios. Flags: --no-build (use build/ as is), --runs N (cold loads, default 5).
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { startServer, type Served } from './serve/static-server.ts';
import { coldLoad, type LoadRun } from './bench/load.ts';
import { sizesOf } from './bench/sizes.ts';
import { extractThroughput } from './bench/extract-throughput.ts';

const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
if (!args.includes('--no-build')) execSync('npm run --silent ingest && npm run --silent build', { stdio: 'inherit' });

const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};
const kb = (n: number | null) => (n === null ? '—' : `${(n / 1024).toFixed(1)} kB`);
const ms = (n: number) => `${n.toFixed(0)} ms`;

const served: Served[][] = [];
let current: Served[] = [];
const server = await startServer({ root: 'build', onServed: (s) => current.push(s) });
const loads: LoadRun[] = [];
try {
	for (let i = 0; i < runs; i++) {
		current = [];
		loads.push(await coldLoad(server.url, 'per-staff-chart'));
		served.push(current);
	}
} finally {
	await server.close();
}
const failed = loads.filter((l) => l.firstChartMs === null || l.dbReadyMs === null).length;
const firstChart = median(loads.map((l) => l.firstChartMs ?? NaN).filter(Number.isFinite));
const dbReady = median(loads.map((l) => l.dbReadyMs ?? NaN).filter(Number.isFinite));
const heap = Math.max(...loads.map((l) => l.heapBytes ?? 0));
const sizes = sizesOf(served[0] ?? [], 'build');
const extraction = extractThroughput();

const lines = [
	`bench: real dataset (data/raw), ${runs} cold loads in fresh Chromium profiles, ${cpus().length} cores (${cpus()[0]?.model ?? '?'})`,
	'',
	'figure                                   value',
	`time to first chart (median)             ${ms(firstChart)}`,
	`time to DuckDB ready (median)            ${ms(dbReady)}`,
	`failed loads                             ${failed}`,
	`peak JS heap (main thread)               ${kb(heap)}`,
	'',
	'bytes downloaded (first view)            requests    raw          gzip',
	...sizes.map((s) => `  ${s.kind.padEnd(39)}${String(s.requests).padStart(8)}    ${kb(s.raw).padEnd(12)} ${kb(s.gzip)}`),
	'',
	`extraction: ${extraction.reportsPerSecond.toFixed(0)} reports/s/core; bare scan floor ${extraction.floorPerSecond.toFixed(0)}/s; ${extraction.ratio.toFixed(2)}x the floor`
];
console.log(lines.join('\n'));
mkdirSync('bench', { recursive: true });
writeFileSync(
	'bench/results.json',
	JSON.stringify({ at: new Date().toISOString(), runs, firstChartMs: firstChart, dbReadyMs: dbReady, failed, heapBytes: heap, sizes, extraction, loads }, null, '\t') + '\n'
);
