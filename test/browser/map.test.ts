// The map page against the built site in real Chromium: the seed bureaus colour their regions,
// every other region is drawn as "no data", a click on a region filters the URL and the table,
// the boundary file is fetched by the map page only, and nothing leaves the site's origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../../scripts/browser/chromium.ts';
import { openRecorded, serveBuild, type RecordedPage } from '../support/site.ts';
import type { RunningServer } from '../../scripts/serve/static-server.ts';

const SHOTS = 'test-results';
const MAP = '[data-testid="choropleth"]';

let browser: LaunchedBrowser;
let server: RunningServer;
let rec: RecordedPage;

async function openMap(query: string): Promise<Page> {
	await rec.page.goto(`${server.url}map/${query}`);
	await rec.page.waitForSelector(`${MAP}[data-echarts-ready="true"]`, { timeout: 60_000 });
	return rec.page;
}

const attr = async (page: Page, name: string) => (await page.getAttribute(MAP, name)) ?? '';
const values = async (page: Page) => JSON.parse(await attr(page, 'data-values')) as Record<string, number>;
const tableBureaus = (page: Page) =>
	page.locator('[data-testid="map-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-bureau')));

/** Clicks a region where the page says it is drawn (its label point, data-region-px). */
async function clickRegion(page: Page, code: string) {
	const px = JSON.parse(await attr(page, 'data-region-px')) as Record<string, [number, number]>;
	expect(px[code], `region ${code} on screen`).toBeDefined();
	const box = (await page.locator(MAP).boundingBox())!;
	await page.mouse.click(box.x + px[code]![0], box.y + px[code]![1]);
}

async function hoverText(page: Page, code: string): Promise<string> {
	const px = JSON.parse(await attr(page, 'data-region-px')) as Record<string, [number, number]>;
	const box = (await page.locator(MAP).boundingBox())!;
	await page.mouse.move(box.x + px[code]![0], box.y + px[code]![1]);
	const tip = page.locator(`${MAP} > div:not(:first-child)`).filter({ hasText: /\S/ }).last();
	await tip.waitFor({ state: 'visible', timeout: 10_000 });
	return tip.innerText();
}

const shot = (page: Page, name: string) => page.screenshot({ path: `${SHOTS}/map-${name}.png`, fullPage: true });

beforeAll(async () => {
	mkdirSync(SHOTS, { recursive: true });
	server = await serveBuild();
	browser = await launchChromium();
	rec = await openRecorded(browser.context, server.url);
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('map page', () => {
	it('loads no boundary file on the overview page, and ships none inside the JavaScript', async () => {
		await rec.page.goto(server.url);
		await rec.page.waitForSelector('html[data-db-ready="true"]', { timeout: 60_000 });
		expect(rec.requests.filter((u) => u.includes('/geo/'))).toEqual([]);
		const js = readdirSync('build/_app/immutable', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
		for (const f of js) expect(readFileSync(join('build/_app/immutable', f), 'utf8')).not.toContain('"FeatureCollection","features"');
	});

	it('colours the prefecture with a prefecture bureau (衡阳市) and draws the rest as no data', async () => {
		const page = await openMap('');
		expect(await attr(page, 'data-map')).toBe('china-prefecture.json');
		expect(Number(await attr(page, 'data-regions'))).toBeGreaterThan(360);
		expect(await attr(page, 'data-with-data')).toBe('1');
		expect((await values(page))['430400']).toBeCloseTo(1780.37 / 33, 4);
		expect(await page.locator('[data-testid="with-data-count"]').innerText()).toMatch(/^1 个地区有数据（共 3\d\d）$/);
		const source = await page.locator('[data-testid="map-source"]').innerText();
		expect(source).toContain('示意图');
		expect(source).toContain('leiii/census');
		expect(source).toContain('GaryBikini');
		expect(rec.requests.some((u) => u.endsWith('/geo/china-prefecture.json'))).toBe(true);
		const tip = await hoverText(page, '430400');
		expect(tip).toContain('衡阳市');
		expect(tip).toContain('53.95 万元/人');
		expect(tip).toContain('报告年度：2023年');
		await shot(page, 'china-prefecture');
	});

	it('filters the URL and the table to a clicked prefecture, and clears it', async () => {
		const page = rec.page;
		expect(await tableBureaus(page)).toHaveLength(5);
		await clickRegion(page, '430400');
		await page.waitForURL(/[?&]prefecture=430400/);
		await expect.poll(() => tableBureaus(page)).toEqual(['430400', '430412']);
		expect(await page.locator('[data-testid="prefecture-chip"]').innerText()).toContain('衡阳市');
		await page.waitForSelector(`${MAP}[data-echarts-ready="true"]`);
		await shot(page, 'china-prefecture-clicked');
		await page.click('[data-testid="clear-prefecture"]');
		await expect.poll(() => new URL(page.url()).searchParams.get('prefecture')).toBeNull();
		await expect.poll(() => tableBureaus(page)).toHaveLength(5);
		// back restores the filter (shallow routing keeps history)
		await page.goBack();
		await page.waitForURL(/[?&]prefecture=430400/);
		await expect.poll(() => tableBureaus(page)).toEqual(['430400', '430412']);
	});

	it('zooms to a province and draws its counties; a click filters to the county’s prefecture', async () => {
		const page = await openMap('?province=430000&level=county');
		expect(await attr(page, 'data-map')).toBe('province/430000-county.json');
		expect(await attr(page, 'data-regions')).toBe('122');
		expect(await attr(page, 'data-with-data')).toBe('4');
		expect(Object.keys(await values(page)).sort()).toEqual(['430212', '430412', '430527', '431102']);
		await shot(page, 'hunan-county');
		await clickRegion(page, '431102');
		await page.waitForURL(/[?&]prefecture=431100/);
		const url = new URL(page.url());
		expect(url.searchParams.get('province')).toBe('430000');
		expect(url.searchParams.get('level')).toBe('county');
		await expect.poll(() => tableBureaus(page)).toEqual(['431102']);
		const tip = await hoverText(page, '430527');
		expect(tip).toContain('绥宁县');
		expect(tip).toContain('40.73 万元/人');
		expect(tip).toContain('2023年');
		await shot(page, 'hunan-county-clicked');
	});

	it('reproduces a view from its link, province selector included', async () => {
		const page = await openMap('?province=430000');
		expect(await attr(page, 'data-map')).toBe('province/430000-prefecture.json');
		expect(await attr(page, 'data-regions')).toBe('14');
		expect(await attr(page, 'data-with-data')).toBe('1');
		expect(await page.locator('[data-testid="province-select"]').inputValue()).toBe('430000');
		await shot(page, 'hunan-prefecture');
		await page.selectOption('[data-testid="province-select"]', '');
		await page.waitForSelector(`${MAP}[data-map="china-prefecture.json"][data-echarts-ready="true"]`, { timeout: 30_000 });
		expect(new URL(page.url()).searchParams.get('province')).toBeNull();
	});

	it('draws all of China by county', async () => {
		const page = await openMap('?level=county');
		expect(await attr(page, 'data-map')).toBe('china-county.json');
		expect(Number(await attr(page, 'data-regions'))).toBeGreaterThan(2800);
		expect(await attr(page, 'data-with-data')).toBe('4');
		await shot(page, 'china-county');
	});

	it('says what is missing when nothing has data', async () => {
		const page = await openMap('?year=2015&province=430000');
		expect(await attr(page, 'data-with-data')).toBe('0');
		expect(await page.locator('[data-testid="map-no-data"]').innerText()).toContain('无数据：所选范围内没有任何单位报告人均支出（2015年，湖南省）');
		expect(await page.locator('[data-testid="table-no-data"]').innerText()).toContain('无数据');
		const tip = await (async () => {
			const box = (await page.locator(MAP).boundingBox())!;
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			const t = page.locator(`${MAP} > div:not(:first-child)`).filter({ hasText: /\S/ }).last();
			await t.waitFor({ state: 'visible', timeout: 10_000 });
			return t.innerText();
		})();
		expect(tip).toContain('无数据：本地区没有单位报告人均支出（2015年）');
		await shot(page, 'no-data');
	});

	it('switches to English', async () => {
		const page = await openMap('?lang=en&province=430000&level=county');
		expect(await page.locator('h1').innerText()).toBe('Petition bureaus by region');
		expect(await page.locator('[data-testid="map-source"]').innerText()).toContain('Indicative map');
		const tip = await hoverText(page, '430412');
		expect(tip).toContain('Spending per staff member: 40.93 10k yuan per person');
		expect(tip).toContain('Report year: 2021');
		await shot(page, 'english');
	});

	it('requests nothing outside its own origin and logs no errors', () => {
		expect(rec.foreign()).toEqual([]);
		expect(rec.consoleErrors).toEqual([]);
	});
});

describe('map page served under a sub-path', () => {
	it('fetches its boundary file under the sub-path and draws the seed counties', async () => {
		const sub = await serveBuild('/xinfang');
		const b = await launchChromium();
		try {
			const r = await openRecorded(b.context, sub.url);
			await r.page.goto(`${sub.url}map/?province=430000&level=county`);
			await r.page.waitForSelector(`${MAP}[data-echarts-ready="true"]`, { timeout: 60_000 });
			expect(await r.page.getAttribute(MAP, 'data-with-data')).toBe('4');
			expect(r.requests.some((u) => u.endsWith('/xinfang/geo/province/430000-county.json'))).toBe(true);
			expect(r.foreign()).toEqual([]);
			expect(r.consoleErrors).toEqual([]);
		} finally {
			await b.close();
			await sub.close();
		}
	});
});
