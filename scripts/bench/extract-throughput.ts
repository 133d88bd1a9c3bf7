// Extraction throughput on one core: the real reports extracted over and over, beside the floor
// any extractor pays to read the text once, so the ratio compares across machines.
//
// The floor is one pass that tokenises the text as any extractor of this genre must: numbers as
// written (full-width digits, thousands separators, either decimal point) with the unit after
// them, and the genre's key words, each token materialised with its offsets and value. It
// replaced a bare scan (two regular expressions that counted ASCII digit runs and eleven words
// and kept nothing), which is still measured and reported as bareScanPerSecond.
//
// Time is the process's CPU time, and extraction and floor are timed in alternating short slices:
// on a shared machine a busy neighbour slows both alike instead of whichever ran second. The ratio
// printed is the median of the rounds' ratios (each round one extraction slice and the floor slice
// beside it): on this VM a burst of stolen CPU lands in one slice and moved the ratio of the
// totals by up to 10 % between runs of the same code; the ratio of totals is kept beside it.
//
// `npm run bench` runs this in a process of its own (`tsx scripts/bench/extract-throughput.ts`
// prints the result as JSON), as `npm run ingest` extracts in one: after ten minutes of driving
// Chromium the bench's process holds a large heap, and there the extractor, which allocates far
// more than the floor, measured 5-10 % further from it than in a fresh process.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractReport } from '../../src/lib/extract/extract.ts';

export interface Throughput {
	reports: number;
	reportsPerSecond: number;
	floorPerSecond: number;
	rounds: number;
	/** Median over rounds of floor rate / extraction rate. */
	ratio: number;
	/** The same from the totals of all rounds. */
	ratioOfTotals: number;
	/** Quartiles of the rounds' ratios: how much the machine moved them. */
	ratioQuartiles: [number, number];
	bareScanPerSecond: number;
	bareScanRatio: number;
}

const TOKEN =
	/([0-9０-９][0-9０-９,.．]*)[ \u3000]*(万元|亿元|元|人次|人|名|批次|批|件次|件|%|％|分|个)?|(编制|实有|在职|退休|临聘|基本支出|项目支出|人员经费|公用经费|三公|公务接待|公务用车|因公出国|机关运行经费|政府采购|收入|支出|合计|一般公共预算|财政拨款|预算|决算|上年|增加|减少|信访|来信|来访|网上|率|得分)/g;
const FULL_WIDTH = /[０-９．]/;

interface Token {
	start: number;
	end: number;
	value: number;
	unit: string | null;
	word: string | null;
}

function tokenScan(text: string): number {
	const tokens: Token[] = [];
	for (const m of text.matchAll(TOKEN)) {
		const n = m[1];
		if (n === undefined) {
			tokens.push({ start: m.index, end: m.index + m[0].length, value: NaN, unit: null, word: m[3]! });
			continue;
		}
		const ascii = FULL_WIDTH.test(n)
			? n.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
			: n;
		tokens.push({ start: m.index, end: m.index + n.length, value: Number(ascii.replace(/,/g, '')), unit: m[2] ?? null, word: null });
	}
	return tokens.length;
}

const KEYWORDS = /(编制|实有|退休|基本支出|项目支出|人员经费|公用经费|信访|万元|人次|批次)/g;
const NUMBER = /\d[\d,.]*/g;

function bareScan(text: string): number {
	let n = 0;
	for (const _ of text.matchAll(NUMBER)) n++;
	for (const _ of text.matchAll(KEYWORDS)) n++;
	return n;
}

interface Tally {
	done: number;
	ms: number;
}

const cpuMs = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};

/** Run fn over all texts for about `ms` milliseconds of CPU time, adding to the tally. */
function slice(texts: string[], fn: (t: string) => unknown, ms: number, tally: Tally): void {
	const t0 = cpuMs();
	let done = 0;
	let now = t0;
	while (now - t0 < ms) {
		for (const t of texts) fn(t);
		done += texts.length;
		now = cpuMs();
	}
	tally.done += done;
	tally.ms += now - t0;
}

/** Run fn for minMs, then in 500 ms windows until two in a row agree within 5 % (or maxMs has gone). */
function warmUp(texts: string[], fn: (t: string) => unknown, maxMs: number, minMs = 0): void {
	const t: Tally = { done: 0, ms: 0 };
	if (minMs > 0) slice(texts, fn, minMs, t);
	let last = 0;
	for (let spent = minMs; spent < maxMs; spent += 500) {
		const t: Tally = { done: 0, ms: 0 };
		slice(texts, fn, 500, t);
		const rate = t.done / t.ms;
		if (last > 0 && Math.abs(rate - last) / last < 0.05) return;
		last = rate;
	}
}

export function extractThroughput(rawDir = 'data/raw', minMs = 4000): Throughput {
	const texts = readdirSync(rawDir)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => readFileSync(join(rawDir, f), 'utf8').replace(/\r\n?/g, '\n'));
	// warm-up until the rate holds: the optimising compiler reaches the extractor's many functions
	// only after thousands of reports (later still when its background threads share a busy
	// machine); a fixed 300 ms left the measured rate at half the steady one
	// (at least 3 s: with noise, two early windows could agree while it was still climbing)
	warmUp(texts, extractReport, 10000, 3000);
	warmUp(texts, tokenScan, 2000);
	warmUp(texts, bareScan, 2000);
	const extract: Tally = { done: 0, ms: 0 };
	const floor: Tally = { done: 0, ms: 0 };
	const bare: Tally = { done: 0, ms: 0 };
	const rounds = Math.max(1, Math.round(minMs / 100));
	const roundRatios: number[] = [];
	for (let r = 0; r < rounds; r++) {
		const e: Tally = { done: 0, ms: 0 };
		const f: Tally = { done: 0, ms: 0 };
		slice(texts, extractReport, 100, e);
		slice(texts, tokenScan, 40, f);
		slice(texts, bareScan, 20, bare);
		roundRatios.push(f.done / f.ms / (e.done / e.ms));
		for (const [into, from] of [[extract, e], [floor, f]] as const) {
			into.done += from.done;
			into.ms += from.ms;
		}
	}
	roundRatios.sort((a, b) => a - b);
	const quantile = (q: number) => roundRatios[Math.min(roundRatios.length - 1, Math.floor(q * roundRatios.length))]!;
	const perSecond = (t: Tally) => t.done / (t.ms / 1000);
	const reportsPerSecond = perSecond(extract);
	const floorPerSecond = perSecond(floor);
	const bareScanPerSecond = perSecond(bare);
	return {
		reports: texts.length,
		reportsPerSecond,
		floorPerSecond,
		rounds,
		ratio: quantile(0.5),
		ratioOfTotals: floorPerSecond / reportsPerSecond,
		ratioQuartiles: [quantile(0.25), quantile(0.75)],
		bareScanPerSecond,
		bareScanRatio: bareScanPerSecond / reportsPerSecond
	};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) console.log(JSON.stringify(extractThroughput()));
