// Extraction throughput on one core: the real reports extracted over and over, beside a bare
// scan of the same texts for numbers and keywords (the floor any extractor pays to read the
// text once), so the ratio compares across machines.
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

function rate(texts: string[], fn: (t: string) => unknown, minMs: number): number {
	let done = 0;
	const t0 = performance.now();
	while (performance.now() - t0 < minMs) for (const t of texts) (fn(t), done++);
	return done / ((performance.now() - t0) / 1000);
}

export function extractThroughput(rawDir = 'data/raw', minMs = 2000): Throughput {
	const texts = readdirSync(rawDir)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => readFileSync(join(rawDir, f), 'utf8').replace(/\r\n?/g, '\n'));
	rate(texts, extractReport, 300); // warm-up: JIT
	const reportsPerSecond = rate(texts, extractReport, minMs);
	const floorPerSecond = rate(texts, bareScan, minMs / 2);
	return { reports: texts.length, reportsPerSecond, floorPerSecond, ratio: floorPerSecond / reportsPerSecond };
}
