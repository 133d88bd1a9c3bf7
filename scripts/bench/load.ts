// One cold load of a page in a fresh browser profile: time from navigation start to the main
// chart's first 'finished' (performance mark chart:<id>) and to DuckDB ready (mark db-ready),
// and the JS heap at that point. Bytes are counted by the server (scripts/bench.ts).
import { launchChromium } from '../browser/chromium.ts';

export interface LoadRun {
	firstChartMs: number | null;
	dbReadyMs: number | null;
	heapBytes: number | null;
}

export type Kind = 'js' | 'worker' | 'wasm' | 'data' | 'css' | 'html' | 'other';

export function kindOf(path: string): Kind {
	if (/\.wasm$/.test(path)) return 'wasm';
	// the DuckDB worker runs off the main thread: counted apart from the page's JS
	if (/worker[^/]*\.js$/.test(path)) return 'worker';
	if (/\.(m?js)$/.test(path)) return 'js';
	if (/\/data(-synth)?\//.test(path)) return 'data';
	if (/\.css$/.test(path)) return 'css';
	if (path.endsWith('/') || path.endsWith('.html')) return 'html';
	return 'other';
}

/** chartId null: wait for DuckDB ready only (the floor page). */
export async function coldLoad(url: string, chartId: string | null, timeoutMs = 120_000): Promise<LoadRun> {
	const browser = await launchChromium();
	try {
		const page = await browser.context.newPage();
		const cdp = await browser.context.newCDPSession(page);
		await cdp.send('Performance.enable');
		await page.goto(url);
		// a string, not a function: tsx would wrap a function in helpers the page lacks
		await page
			.waitForFunction(
				`(${chartId === null} || performance.getEntriesByName('chart:${chartId}').length > 0) && performance.getEntriesByName('db-ready').length > 0`,
				undefined,
				{ timeout: timeoutMs, polling: 20 }
			)
			.catch(() => undefined);
		const marks = (await page.evaluate(`({
			chart: performance.getEntriesByName('chart:${chartId}')[0]?.startTime ?? null,
			db: performance.getEntriesByName('db-ready')[0]?.startTime ?? null
		})`)) as { chart: number | null; db: number | null };
		const metrics = (await cdp.send('Performance.getMetrics')).metrics;
		const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
		return { firstChartMs: marks.chart, dbReadyMs: marks.db, heapBytes: heap };
	} finally {
		await browser.close();
	}
}
