// The landing chart is drawn from first-view.json before DuckDB is ready, and DuckDB later
// computes the same numbers; the synthetic panel is always labelled as such.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, type LaunchedBrowser } from '../../scripts/browser/chromium.ts';
import { startServer, type RunningServer } from '../../scripts/serve/static-server.ts';
import { smallSynthPanel } from '../support/synth-panel.ts';
import { assertBuilt } from '../support/site.ts';

const CHART = '[data-testid="per-staff-chart"]';
const valuesOf = (file: string) => {
	const fv = JSON.parse(readFileSync(file, 'utf8')) as { ranking: { bureau_id: string; fiscal_year: number; spend_per_staff: number }[] };
	return fv.ranking.map((r) => [r.bureau_id, r.fiscal_year, r.spend_per_staff]);
};

let browser: LaunchedBrowser;
let server: RunningServer;
let synthDir: string;

beforeAll(async () => {
	assertBuilt();
	// a small synthetic panel (two years) is enough to check the labelling and the first view
	synthDir = smallSynthPanel();
	server = await startServer({ root: 'build', mounts: { '/data-synth/': synthDir } });
	browser = await launchChromium();
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('first view before DuckDB', () => {
	it('draws the ranking from first-view.json while the engine is still loading', async () => {
		const page = await browser.context.newPage();
		// hold the wasm back so the page is caught before DuckDB is ready
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		await page.route('**/*.wasm', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(server.url);
		await page.waitForSelector(`${CHART}[data-source="first-view"][data-echarts-ready="true"]`, { timeout: 30_000 });
		expect(await page.locator('[data-testid="interaction-state"]').innerText()).toContain('数据库就绪后可用');
		expect(JSON.parse((await page.getAttribute(CHART, 'data-values'))!)).toEqual(valuesOf('build/data/first-view.json'));
		expect(await page.locator('[data-testid="kpis"] [data-kpi="bureaus"]').innerText()).toBe('5 个');
		release();
		await page.waitForSelector(`${CHART}[data-source="duckdb"][data-echarts-ready="true"]`, { timeout: 60_000 });
		expect(await page.locator('[data-testid="interaction-state"]').innerText()).toContain('完整交互已就绪');
		// DuckDB's numbers are the shipped ones, bar for bar
		expect(JSON.parse((await page.getAttribute(CHART, 'data-values'))!)).toEqual(valuesOf('build/data/first-view.json'));
		expect(await page.locator('[data-testid="synthetic-banner"]').count()).toBe(0);
		await page.close();
	});
});

describe('synthetic national panel', () => {
	it('is labelled 合成数据 / synthetic data and its first view equals what DuckDB computes', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${server.url}?data=synth`);
		await page.waitForSelector(`${CHART}[data-source="duckdb"][data-echarts-ready="true"]`, { timeout: 90_000 });
		expect(await page.locator('[data-testid="synthetic-banner"]').innerText()).toContain('合成数据 / synthetic data');
		expect(JSON.parse((await page.getAttribute(CHART, 'data-values'))!)).toEqual(valuesOf(join(synthDir, 'first-view.json')));
		expect(Number(await page.getAttribute(CHART, 'data-marks'))).toBe(30);
		const bureaus = await page.locator('[data-testid="kpis"] [data-kpi="bureaus"]').innerText();
		expect(Number(bureaus.replace(/\D/g, ''))).toBeGreaterThan(3000);
		await page.screenshot({ path: 'test-results/home-synthetic.png' });
		await page.close();
	});
});
