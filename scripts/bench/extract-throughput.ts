// Extraction throughput on one core: the real reports extracted over and over, beside a bare
// scan of the same texts for numbers and keywords (the floor any extractor pays to read the
// text once), so the ratio compares across machines. The two are timed in alternating short
// slices, so a machine that gets busier halfway through slows both alike.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractReport } from '../../src/lib/extract/extract.ts';

export interface Throughput {
	reports: number;
	reportsPerSecond: number;
	floorPerSecond: number;
	ratio: number;
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

/** Run fn over all texts for about `ms` milliseconds, adding to the tally. */
function slice(texts: string[], fn: (t: string) => unknown, ms: number, tally: Tally): void {
	const t0 = performance.now();
	let done = 0;
	let now = t0;
	while (now - t0 < ms) {
		for (const t of texts) fn(t);
		done += texts.length;
		now = performance.now();
	}
	tally.done += done;
	tally.ms += now - t0;
}

export function extractThroughput(rawDir = 'data/raw', minMs = 2000): Throughput {
	const texts = readdirSync(rawDir)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => readFileSync(join(rawDir, f), 'utf8').replace(/\r\n?/g, '\n'));
	// warm-up: JIT
	slice(texts, extractReport, 300, { done: 0, ms: 0 });
	slice(texts, bareScan, 100, { done: 0, ms: 0 });
	const extract: Tally = { done: 0, ms: 0 };
	const floor: Tally = { done: 0, ms: 0 };
	const rounds = Math.max(1, Math.round(minMs / 100));
	for (let r = 0; r < rounds; r++) {
		slice(texts, extractReport, 100, extract);
		slice(texts, bareScan, 50, floor);
	}
	const reportsPerSecond = extract.done / (extract.ms / 1000);
	const floorPerSecond = floor.done / (floor.ms / 1000);
	return { reports: texts.length, reportsPerSecond, floorPerSecond, ratio: floorPerSecond / reportsPerSecond };
}
