// The bureau profile against the built site in real Chromium: every fact by year with its
// sentence, file and character range; spending composition; staffing and petition panels; the
// reports; English with ?lang=en; a bureau of the synthetic national panel; under a sub-path;
// and no request leaving the site's origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../../scripts/browser/chromium.ts';
import { startServer, type RunningServer } from '../../scripts/serve/static-server.ts';
import { smallSynthPanel } from '../support/synth-panel.ts';
import { assertBuilt, openRecorded, type RecordedPage } from '../support/site.ts';

const SHOTS = 'test-results';
const PROFILE = '[data-testid="profile"]';

let browser: LaunchedBrowser;
let server: RunningServer;
let sub: RunningServer;
let rec: RecordedPage;
let synthDir: string;

beforeAll(async () => {
	assertBuilt();
	synthDir = smallSynthPanel();
	server = await startServer({ root: 'build', mounts: { '/data-synth/': synthDir } });
	sub = await startServer({ root: 'build', base: '/xinfang' });
	browser = await launchChromium();
	rec = await openRecorded(browser.context, server.url);
	mkdirSync(SHOTS, { recursive: true });
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	await sub?.close();
});

async function open(path: string): Promise<Page> {
	await rec.page.goto(server.url + path);
	await ready(rec.page);
	return rec.page;
}

async function ready(page: Page) {
	await page.waitForSelector(`${PROFILE}[data-state="ready"]`, { timeout: 90_000 });
	if ((await page.locator('h1').count()) && (await page.locator('[data-testid="bureau-meta"]').count()))
		await page.waitForSelector(`${PROFILE}[data-facts="ready"]`, { timeout: 90_000 });
}

const fact = (page: Page, year: number, metric: string) =>
	page.locator(`[data-testid="facts"] details[data-year="${year}"] tr[data-metric="${metric}"]`);

describe('bureau profile', () => {
	it('shows 衡阳市信访局 2023: basic 811.64 and project 968.73 万元, each with its sentence, file and range', async () => {
		const page = await open('bureau/?id=430400');
		expect(await page.locator('h1').innerText()).toBe('衡阳市信访局');
		const meta = await page.locator('[data-testid="bureau-meta"]').innerText();
		expect(meta).toContain('430400');
		expect(meta).toContain('地级市');
		expect(meta).toContain('湖南省');
		const basic = await fact(page, 2023, 'spend.basic').innerText();
		expect(basic).toContain('811.64');
		expect(basic).toContain('万元');
		expect(basic).toContain('实际数');
		expect(basic).toContain('一般公共预算财政拨款');
		expect(basic).toContain('「基本支出本年支出决算811.64万元」');
		expect(basic).toMatch(/hengyang-city-2023-performance\.txt\s*第881–899字/);
		const project = await fact(page, 2023, 'spend.project').innerText();
		expect(project).toContain('968.73');
		expect(project).toContain('「2023年项目支出968.73万元」');
		// every row has its sentence and range
		const rows = page.locator('[data-testid="facts"] tbody tr');
		expect(await rows.count()).toBe(62);
		for (const where of await page.locator('[data-testid="facts"] td[data-col="where"]').allInnerTexts())
			expect(where).toMatch(/\.txt\s*第\d+–\d+字$/);
	});

	it('draws basic and project spending by year and the 2023 economic classification', async () => {
		const page = rec.page;
		expect(JSON.parse((await page.getAttribute('[data-testid="parts-chart"]', 'data-values'))!)).toEqual([[2023, 811.64, 968.73, 1780.37]]);
		await page.waitForSelector('[data-testid="econ-treemap"][data-echarts-ready="true"]');
		expect(await page.getAttribute('[data-testid="econ-treemap"]', 'data-year')).toBe('2023');
		const staff = page.locator('[data-testid="staff-panel"]');
		expect(await staff.locator('tr[data-metric="staff.authorized"] td[data-year="2023"]').innerText()).toBe('37 人');
		expect(await staff.locator('tr[data-metric="staff.actual"] td[data-year="2023"]').innerText()).toBe('33 人');
		expect(await staff.locator('tr[data-metric="staff.actual"] td[data-year="2023"]').getAttribute('title')).toMatch(/「.*33人.*」 hengyang-city-2023-performance\.txt 第\d+–\d+字/);
		expect(await page.locator('[data-testid="perf-panel"] tr[data-metric="perf.score"] td[data-year="2023"]').innerText()).toBe('100 分');
		const report = await page.locator('[data-testid="reports"] tbody tr').innerText();
		expect(report).toContain('2023');
		expect(report).toContain('绩效自评报告');
		expect(report).toContain('hengyang-city-2023-performance.txt');
		expect(report).toContain('62');
		await page.screenshot({ path: `${SHOTS}/bureau-430400.png`, fullPage: true });
	});

	it('shows 南岳区 2020 spending as restated in its 2021 report, and its petition volume', async () => {
		const page = await open('bureau/?id=430412');
		expect(JSON.parse((await page.getAttribute('[data-testid="parts-chart"]', 'data-values'))!)).toEqual([
			[2020, 121.9, 50.92, 172.82],
			[2021, 112.38, 92.26, 204.64]
		]);
		const prior = await fact(page, 2020, 'spend.basic').innerText();
		expect(prior).toContain('121.90');
		expect(prior).toContain('上年数');
		expect(prior).toContain('2021年报告');
		expect(prior).toContain('112.38 + 9.52');
		expect(prior).toContain('「较上年减少9.52万元」');
		expect(await fact(page, 2020, 'spend.basic').getAttribute('data-phase')).toBe('prior_year');
		expect(await page.locator('[data-testid="petition-panel"] tr[data-metric="petition.total"] td[data-year="2021"]').innerText()).toBe('290 件次');
		expect(await page.locator('[data-testid="no-econ"]').innerText()).toContain('报告未按经济分类列出支出');
		expect(await page.getAttribute('[data-testid="trends-link"]', 'href')).toMatch(/trends\/\?bureaus=430412$/);
		await page.screenshot({ path: `${SHOTS}/bureau-430412.png`, fullPage: true });
	});

	it('says so when the bureau is unknown or none is given', async () => {
		const unknown = await open('bureau/?id=999999');
		expect(await unknown.locator('[data-testid="no-data"]').innerText()).toContain('数据中没有此单位：999999');
		await rec.page.goto(server.url + 'bureau/');
		await rec.page.waitForSelector('[data-testid="no-data"]');
		expect(await rec.page.locator('[data-testid="no-data"]').innerText()).toContain('未指定单位');
	});

	it('speaks English with ?lang=en', async () => {
		const page = await open('bureau/?id=430412&lang=en');
		expect(await page.locator('#facts-title').innerText()).toBe('Every fact (by year and metric)');
		expect(await page.locator('#staff-title').innerText()).toBe('Staffing');
		expect(await fact(page, 2020, 'spend.basic').innerText()).toContain('prior year');
		expect(await page.locator('[data-testid="bureau-meta"]').innerText()).toContain('District');
	});

	it('works for a bureau of the synthetic national panel', async () => {
		const page = await open('bureau/?id=610900&data=synth');
		expect(await page.locator('[data-testid="synthetic-banner"]').count()).toBe(1);
		expect(await page.locator('h1').innerText()).toBe('安康市信访局');
		expect(await page.locator('[data-testid="reports"] tbody tr').count()).toBe(2);
		expect(await page.locator('[data-testid="facts"] tbody tr').count()).toBeGreaterThan(200);
		expect(await page.locator('[data-testid="staff-panel"] tr[data-metric="staff.actual"] td[data-year="2024"]').innerText()).toMatch(/^\d+ 人$/);
		await page.waitForSelector('[data-testid="econ-treemap"][data-echarts-ready="true"]');
		await page.screenshot({ path: `${SHOTS}/bureau-synth.png` });
	});

	it('works under a sub-path', async () => {
		const other = await launchChromium();
		try {
			const r = await openRecorded(other.context, sub.url);
			await r.page.goto(sub.url + 'bureau/?id=430400');
			await ready(r.page);
			expect(await fact(r.page, 2023, 'spend.basic').innerText()).toContain('811.64');
			expect(r.requests.some((u) => u.includes('/xinfang/data/xinfang.duckdb'))).toBe(true);
			expect(r.foreign()).toEqual([]);
		} finally {
			await other.close();
		}
	});

	it('requests nothing outside its own origin and logs no errors', () => {
		expect(rec.requests.some((u) => u.includes('/data/xinfang.duckdb'))).toBe(true);
		expect(rec.requests.some((u) => u.includes('/data-synth/xinfang.duckdb'))).toBe(true);
		expect(rec.foreign()).toEqual([]);
		expect(rec.consoleErrors).toEqual([]);
	});
});
