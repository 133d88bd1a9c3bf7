// Dashboard interactions, timed inside the page from the user's action to the redrawn result,
// beside the floor page doing the same queries and a bare ECharts redraw. The page code is
// passed as strings: tsx would wrap functions in helpers that do not exist in the page.
import type { Page } from 'playwright-core';
import { launchChromium } from '../browser/chromium.ts';

export interface Timing {
	p50: number;
	p95: number;
	runs: number;
}

export function summarize(xs: number[]): Timing {
	const s = [...xs].sort((a, b) => a - b);
	const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] ?? NaN;
	return { p50: at(0.5), p95: at(0.95), runs: s.length };
}

// Resolves when `done()` holds, checked on each change of the page's DOM: a MutationObserver, not
// a timer polling with selectors every millisecond, which took ~10 ms of the page's main thread
// during a metric change (measured in a CPU profile) and so slowed what it measured.
const WAIT_FOR = `(done, what) => new Promise((resolve, reject) => {
	const t0 = performance.now();
	const observer = new MutationObserver(() => { if (done()) finish(); });
	const timer = setTimeout(() => { observer.disconnect(); reject(new Error(what + ' within 20 s')); }, 20000);
	const finish = () => { observer.disconnect(); clearTimeout(timer); resolve(performance.now() - t0); };
	observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
	if (done()) finish();
})`;

// An interaction ends, as INP counts it, at the paint that shows its result: the frame after the
// result is in the DOM (or on the canvas) has been rendered. The floor page ends its own the same
// way (nextPaint there).
const NEXT_PAINT = `() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))`;

/** Between two measured interactions: two frames and 50 ms with nothing to do, so an interaction
 * does not pay for the layout and paint of the one before (a user does not click within a few
 * milliseconds of a result); run before each measured interaction, not timed. */
export const SETTLE = `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))))`;

// Change the year select and wait until the ranking chart has drawn the new data and the table
// shows the year's rows (its first row is of that year).
const YEAR_CHANGE = (year: string) => `(async () => {
	const chart = () => document.querySelector('[data-testid="per-staff-chart"]');
	const before = chart().getAttribute('data-values');
	const select = document.querySelector('[data-testid="year-select"]');
	const t0 = performance.now();
	select.value = ${JSON.stringify(year)};
	select.dispatchEvent(new Event('change', { bubbles: true }));
	await (${WAIT_FOR})(() => {
		const el = chart();
		const row = document.querySelector('[data-testid="bureau-table"] tbody tr');
		return el && el.getAttribute('data-echarts-ready') === 'true' && el.getAttribute('data-values') !== before && (!row || row.getAttribute('data-year') === ${JSON.stringify(year)});
	}, 'year change: chart and table did not redraw');
	await (${NEXT_PAINT})();
	return performance.now() - t0;
})()`;

// Click "next page" / "previous page" and wait for the table's first row to change.
const PAGE_SWITCH = (next: boolean) => `(async () => {
	const first = () => document.querySelector('[data-testid="bureau-table"] tbody tr')?.outerHTML;
	const before = first();
	const button = [...document.querySelectorAll('nav.pager button')][${next ? 1 : 0}];
	const t0 = performance.now();
	button.click();
	await (${WAIT_FOR})(() => first() && first() !== before, 'page switch: table did not change');
	await (${NEXT_PAINT})();
	return performance.now() - t0;
})()`;

// Change the compare page's metric and wait until its rows are on the page and both charts have
// finished drawing them.
const METRIC_CHANGE = (metric: string) => `(async () => {
	const select = document.querySelector('[data-testid="metric-select"]');
	const t0 = performance.now();
	select.value = ${JSON.stringify(metric)};
	select.dispatchEvent(new Event('change', { bubbles: true }));
	await (${WAIT_FOR})(() => {
		const loaded = document.querySelector('[data-loaded-metric]')?.getAttribute('data-loaded-metric');
		const charts = [...document.querySelectorAll('[data-testid="compare-ranking"], [data-testid="compare-scatter"]')];
		return loaded === ${JSON.stringify(metric)} && charts.length === 2 && charts.every((c) => c.getAttribute('data-echarts-ready') === 'true');
	}, 'metric change: charts did not redraw');
	await (${NEXT_PAINT})();
	return performance.now() - t0;
})()`;

/** Two metrics the compare page switches between: both have data in the real and synthetic sets. */
export const METRICS_SWITCHED = ['spend_per_staff', 'spend_total'] as const;

async function ready(page: Page) {
	await page.waitForFunction(`document.documentElement.dataset.dbReady === 'true'`, undefined, { timeout: 120_000 });
}

export interface InteractionResult {
	yearChange: Timing;
	yearChangeFloor: Timing;
	pageSwitch: Timing;
	pageSwitchFloor: Timing;
	metricChange: Timing;
	metricChangeFloor: Timing;
	marks: number;
}

export async function measureInteractions(
	siteUrl: string,
	query: string,
	years: [number, number],
	paging: boolean,
	runs = 30
): Promise<InteractionResult> {
	const browser = await launchChromium();
	try {
		const app = await browser.context.newPage();
		await app.goto(`${siteUrl}${query}`);
		await ready(app);
		await app.waitForSelector('[data-testid="per-staff-chart"][data-source="duckdb"][data-echarts-ready="true"]');
		for (const y of years) await app.waitForSelector(`[data-testid="year-select"] option[value="${y}"]`, { state: 'attached' });
		if (paging) await app.waitForSelector('nav.pager button', { timeout: 60_000 });
		const yearChange: number[] = [];
		for (let i = 0; i < runs + 2; i++) {
			await app.evaluate(SETTLE);
			const t = (await app.evaluate(YEAR_CHANGE(String(years[i % 2])))) as number;
			if (i >= 2) yearChange.push(t); // the first two warm the caches, as a user's first clicks do
		}
		const pageSwitch: number[] = [];
		for (let i = 0; paging && i < runs + 2; i++) {
			await app.evaluate(SETTLE);
			const t = (await app.evaluate(PAGE_SWITCH(i % 2 === 0))) as number;
			if (i >= 2) pageSwitch.push(t);
		}
		const marks = Number(await app.getAttribute('[data-testid="per-staff-chart"]', 'data-marks'));

		await app.goto(`${siteUrl}compare/${query}`);
		await ready(app);
		await app.waitForSelector('[data-loaded-metric]:not([data-loaded-metric=""])', { timeout: 60_000 });
		const metricChange: number[] = [];
		for (let i = 0; i < runs + 2; i++) {
			await app.evaluate(SETTLE);
			const t = (await app.evaluate(METRIC_CHANGE(METRICS_SWITCHED[(i + 1) % 2]!))) as number;
			if (i >= 2) metricChange.push(t);
		}

		const floor = await browser.context.newPage();
		await floor.goto(`${siteUrl}bench/floor/${query}`);
		await ready(floor);
		const yearChangeFloor: number[] = [];
		const pageSwitchFloor: number[] = [];
		const metricChangeFloor: number[] = [];
		for (let i = 0; i < runs + 2; i++) {
			await floor.evaluate(SETTLE);
			const m = (await floor.evaluate(`window.__floor.metricChange(${JSON.stringify(METRICS_SWITCHED[(i + 1) % 2])})`)) as number;
			if (i >= 2) metricChangeFloor.push(m);
			await floor.evaluate(SETTLE);
			const y = (await floor.evaluate(`window.__floor.yearChange(${years[i % 2]})`)) as number;
			await floor.evaluate(SETTLE);
			const p = paging ? ((await floor.evaluate(`window.__floor.pageSwitch(${years[(runs + 1) % 2]}, ${i % 2})`)) as number) : NaN;
			if (i >= 2) (yearChangeFloor.push(y), paging && pageSwitchFloor.push(p));
		}
		return {
			yearChange: summarize(yearChange),
			yearChangeFloor: summarize(yearChangeFloor),
			pageSwitch: summarize(pageSwitch),
			pageSwitchFloor: summarize(pageSwitchFloor),
			metricChange: summarize(metricChange),
			metricChangeFloor: summarize(metricChangeFloor),
			marks
		};
	} finally {
		await browser.close();
	}
}
