// axe-core on every page of the dashboard with the seed data: no serious or critical violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from '../../scripts/browser/chromium.ts';
import { serveBuild } from '../support/site.ts';
import { seriousViolations } from '../support/axe.ts';
import type { RunningServer } from '../../scripts/serve/static-server.ts';
import { nativeQuery } from '../support/node-duckdb.ts';

let browser: LaunchedBrowser;
let server: RunningServer;
let ref = '';

beforeAll(async () => {
	server = await serveBuild();
	const [r] = await nativeQuery(`SELECT left(report_id, 16) AS ref FROM read_parquet('build/data/reports.parquet') WHERE source_file = 'hengyang-city-2023-performance.txt'`);
	ref = String(r!.ref);
	browser = await launchChromium();
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

const CHART = '[data-echarts-ready="true"]';
const PAGES: [string, string | (() => string), string][] = [
	['overview', '', CHART],
	['compare', 'compare/', CHART],
	['map', 'map/', CHART],
	['trends', 'trends/', CHART],
	['bureau profile', 'bureau/?id=430400', CHART],
	['overview in English', '?lang=en', CHART],
	['SQL console', 'sql/', '[data-console-ready="true"] [data-testid="schema-browser"]'],
	['embed', 'embed/ranking/?metric=project_share', CHART],
	['map embed', 'embed/map/?province=430000&year=2023', CHART],
	['bureau embed', 'embed/bureau/?id=430400', CHART],
	['data quality', 'quality/', '[data-testid="quality"][data-state="ready"]'],
	['data quality drilled, in English', 'quality/?province=430000&prefecture=430400&lang=en', '[data-testid="quality"][data-state="ready"]'],
	['source viewer', () => `sources/${ref}/?at=881-899`, '[data-testid="source-viewer"][data-state="ready"]'],
	['source viewer in English', () => `sources/${ref}/?lang=en&at=730-741`, '[data-testid="source-viewer"][data-state="ready"]'],
	['report list', 'sources/', '[data-testid="source-index"][data-state="ready"]']
];

describe('accessibility', () => {
	it.each(PAGES)('%s has no serious violations', async (_, path, ready) => {
		const page = await browser.context.newPage();
		await page.goto(`${server.url}${typeof path === 'function' ? path() : path}`);
		await page.waitForFunction(`document.documentElement.dataset.dbReady === 'true'`, undefined, { timeout: 60_000 });
		await page.waitForSelector(ready, { timeout: 60_000 });
		// the whole-dataset downloads in the layout are checked open (embeds have none)
		const dataset = page.locator('[data-testid="dataset-downloads"] summary');
		if (await dataset.count()) await dataset.click();
		expect(await seriousViolations(page)).toEqual([]);
		await page.close();
	});
});
