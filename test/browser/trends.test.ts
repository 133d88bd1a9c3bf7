// The trends page against the built site in real Chromium: a metric over the years, one line per
// bureau, prior years restated in a later report included and marked, the view in the URL, a
// "no data" state that says what is missing, English with ?lang=en, the synthetic panel, and no
// request leaving the site's origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../../scripts/browser/chromium.ts';
import { startServer, type RunningServer } from '../../scripts/serve/static-server.ts';
import { smallSynthPanel } from '../support/synth-panel.ts';
import { assertBuilt, openRecorded, type RecordedPage } from '../support/site.ts';

const SHOTS = 'test-results';
const SECTION = '[data-testid="trend-section"]';
const CHART = '[data-testid="trend-chart"]';

let browser: LaunchedBrowser;
let server: RunningServer;
let rec: RecordedPage;
let synthDir: string;

beforeAll(async () => {
	assertBuilt();
	// a small synthetic panel (two years, every bureau of the country) for the ?data=synth check
	synthDir = smallSynthPanel();
	server = await startServer({ root: 'build', mounts: { '/data-synth/': synthDir } });
	browser = await launchChromium();
	rec = await openRecorded(browser.context, server.url);
	mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

async function open(path: string): Promise<Page> {
	await rec.page.goto(server.url + path);
	await ready(rec.page);
	return rec.page;
}

async function ready(page: Page) {
	await page.waitForSelector(`${SECTION}[data-state="ready"]`, { timeout: 90_000 });
	if ((await page.locator(CHART).count()) > 0) await page.waitForSelector(`${CHART}[data-echarts-ready="true"]`, { timeout: 30_000 });
}

const values = async (page: Page) => JSON.parse((await page.getAttribute(CHART, 'data-values'))!) as [string, number, number, boolean][];
const chips = (page: Page) => page.locator('[data-testid="bureau-picker"] .chips li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-bureau')));

/** Hover the chart at a fraction of its width; the tooltip's text once it shows `year`. */
async function tooltipAt(page: Page, fx: number, year: string): Promise<string> {
	const box = (await page.locator(CHART).boundingBox())!;
	await page.mouse.move(box.x + box.width * fx, box.y + box.height * 0.6);
	const tip = page.locator(`${CHART} > div`).filter({ hasText: year }).last();
	await tip.waitFor({ state: 'visible', timeout: 5_000 });
	return tip.innerText();
}

describe('trends page', () => {
	it('draws 南岳区 2020 (restated in the 2021 report) and 2021, and 衡阳市 2023, from a URL', async () => {
		const page = await open('trends/?metric=spend_total&bureaus=430412,430400');
		expect(await values(page)).toEqual([
			['430412', 2020, 172.82, true],
			['430412', 2021, 204.64, false],
			['430400', 2023, 1780.37, false]
		]);
		expect(await chips(page)).toEqual(['430412', '430400']);
		expect(await page.locator('[data-testid="metric-select"]').inputValue()).toBe('spend_total');
		expect(await page.locator(CHART).getAttribute('data-marks')).toBe('8'); // 2 lines x 4 years, gaps included
		await page.screenshot({ path: `${SHOTS}/trends.png`, fullPage: true });
	});

	it('tooltip gives value, unit and report, and marks the restated year', async () => {
		const page = rec.page;
		const t2020 = await tooltipAt(page, 0.12, '2020年');
		expect(t2020).toContain('2020年');
		expect(t2020).toContain('南岳区信访局：172.82 万元');
		expect(t2020).toContain('[上年数]');
		expect(t2020).toContain('nanyue-district-2021-performance.txt（2021年报告所列上年数，由较上年增减推算）');
		expect(t2020).toContain('计算值：基本支出 + 项目支出');
		await page.screenshot({ path: `${SHOTS}/trends-tooltip.png` });
		const t2023 = await tooltipAt(page, 0.92, '2023年');
		expect(t2023).toContain('2023年');
		expect(t2023).toContain('衡阳市信访局：1,780.37 万元');
		expect(t2023).toContain('hengyang-city-2023-performance.txt（2023年报告）');
		expect(t2023).not.toContain('上年数');
	});

	it('lists every value with its sentences, files and character ranges', async () => {
		const row = rec.page.locator('[data-testid="trend-table"] tr[data-bureau="430412"][data-year="2020"]');
		expect(await row.getAttribute('data-restated')).toBe('true');
		const text = await row.innerText();
		expect(text).toContain('172.82 万元');
		expect(text).toContain('「较上年减少9.52万元」');
		expect(text).toMatch(/nanyue-district-2021-performance\.txt 第982–993字/);
		expect(text).toContain('2021年报告所列上年数');
		const own = await rec.page.locator('[data-testid="trend-table"] tr[data-bureau="430400"][data-year="2023"]').innerText();
		expect(own).toContain('「基本支出本年支出决算811.64万元」');
		expect(own).toContain('「2023年项目支出968.73万元」');
		expect(await rec.page.locator('[data-testid="trend-table"] tr[data-bureau="430412"] th a').first().getAttribute('href')).toMatch(/bureau\/\?id=430412$/);
	});

	it('defaults to the bureaus with most years, and keeps a changed view in the URL', async () => {
		const page = await open('trends/');
		expect((await chips(page)).sort()).toEqual(['430212', '430400', '430412', '430527', '431102']);
		expect(await page.locator('[data-testid="metric-select"]').inputValue()).toBe('spend_per_staff');
		expect((await values(page)).map((v) => [v[0], v[1], Math.round(v[2] * 100) / 100])).toContainEqual(['430400', 2023, 53.95]);

		await page.selectOption('[data-testid="metric-select"]', 'spend_total');
		await page.waitForURL(/metric=spend_total/);
		await ready(page);
		expect(await values(page)).toContainEqual(['430412', 2020, 172.82, true]);

		await page.locator('[data-testid="bureau-picker"] li[data-bureau="430400"] button').click();
		await page.waitForURL(/bureaus=/);
		await ready(page);
		expect(new URL(page.url()).search).toMatch(/[?&]bureaus=430212,430412,430527,431102(&|$)/);
		expect((await values(page)).some((v) => v[0] === '430400')).toBe(false);

		await page.fill('[data-testid="bureau-search"]', '衡阳');
		await page.locator('[data-testid="bureau-matches"] button[data-bureau="430400"]').click();
		await page.waitForURL(/430400/);
		await ready(page);
		expect(await chips(page)).toEqual(['430212', '430412', '430527', '431102', '430400']);

		// the URL alone reproduces the view; back restores the previous one
		const url = page.url();
		const again = await browser.context.newPage();
		await again.goto(url);
		await ready(again);
		expect(await values(again)).toEqual(await values(page));
		await again.close();
		await page.goBack();
		await ready(page);
		expect(await chips(page)).toEqual(['430212', '430412', '430527', '431102']);
	});

	it('says what is missing when the chosen bureaus have no data', async () => {
		const page = await open('trends/?metric=visits_batches&bureaus=430400');
		expect(await page.locator(CHART).count()).toBe(0);
		const note = await page.locator('[data-testid="no-data"]').innerText();
		expect(note).toContain('所选单位都没有该指标的数据');
		expect(note).toContain('衡阳市信访局');
		expect(note).toContain('报告未给出所需的任何数据');

		const partly = await open('trends/?metric=spend_per_visit_batch&bureaus=430412,430400');
		expect((await values(partly)).map((v) => [v[0], v[1]])).toEqual([['430412', 2021]]);
		const missing = await partly.locator('[data-testid="no-data"] li[data-bureau="430400"]').innerText();
		expect(missing).toContain('支出合计（2023）');
		expect(missing).toContain('缺少 来访批次');

		const unknown = await open('trends/?metric=spend_total&bureaus=999999');
		expect(await unknown.locator('[data-testid="no-data"]').innerText()).toContain('999999：数据中没有此单位');
		await unknown.screenshot({ path: `${SHOTS}/trends-no-data.png`, fullPage: true });
	});

	it('speaks English with ?lang=en', async () => {
		const page = await open('trends/?lang=en&metric=spend_total&bureaus=430412');
		expect(await page.locator('h1').innerText()).toBe('Trends');
		expect(await page.locator('#trend-title').innerText()).toContain('Total spending');
		const tip = await tooltipAt(page, 0.12, '2020');
		expect(tip).toContain('172.82 (10k yuan)');
		expect(tip).toContain('restated as the prior year in the 2021 report');
		expect(await page.locator('[data-testid="trend-table"] thead').innerText()).toContain('Source (sentence, report file, characters)');
		await page.screenshot({ path: `${SHOTS}/trends-en.png`, fullPage: true });
	});

	it('works on the synthetic national panel', async () => {
		const page = await open('trends/?data=synth');
		expect(await page.locator('[data-testid="synthetic-banner"]').count()).toBe(1);
		expect(await chips(page)).toHaveLength(10);
		const v = await values(page);
		expect(new Set(v.map((x) => x[0])).size).toBe(10);
		expect(v.every((x) => x[2] > 0)).toBe(true);
		await page.screenshot({ path: `${SHOTS}/trends-synth.png` });
	});

	it('requests nothing outside its own origin and logs no errors', () => {
		expect(rec.requests.length).toBeGreaterThan(3);
		expect(rec.foreign()).toEqual([]);
		expect(rec.consoleErrors).toEqual([]);
	});
});
