// Embeds and chart exports in real Chromium on the seed data: an embed shows title, unit, source
// line and the same numbers as the site's pages; text parameters stay text; every chart's
// toolbar copies an iframe of the current view and saves a real PNG and SVG.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../../scripts/browser/chromium.ts';
import { openRecorded, serveBuild, type RecordedPage } from '../support/site.ts';
import { seriousViolations } from '../support/axe.ts';
import type { RunningServer } from '../../scripts/serve/static-server.ts';

const EMBED = '[data-testid="embed-chart"]';
let browser: LaunchedBrowser;
let server: RunningServer;
let rec: RecordedPage;

async function values(page: Page, selector: string): Promise<unknown[][]> {
	await page.waitForSelector(`${selector}[data-echarts-ready="true"]`, { timeout: 60_000 });
	return JSON.parse((await page.getAttribute(selector, 'data-values'))!) as unknown[][];
}

beforeAll(async () => {
	mkdirSync('test-results', { recursive: true });
	server = await serveBuild();
	browser = await launchChromium();
	rec = await openRecorded(browser.context, server.url);
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('embeds', () => {
	it('show title, unit, source line and the overview’s numbers, and nothing else', async () => {
		await rec.page.goto(server.url);
		await rec.page.waitForSelector('[data-testid="per-staff-chart"][data-source="duckdb"]', { timeout: 60_000 });
		const overview = await values(rec.page, '[data-testid="per-staff-chart"]');
		await rec.page.setViewportSize({ width: 640, height: 400 });
		await rec.page.goto(`${server.url}embed/ranking/`);
		const embedded = await values(rec.page, EMBED);
		expect(embedded).toEqual(overview);
		expect(embedded[0]).toEqual(['430400', 2023, expect.closeTo(53.95, 2)]);
		expect(await rec.page.locator('[data-testid="embed-title"]').innerText()).toBe('人均支出排名（各单位最近年度）');
		expect(await rec.page.locator('[data-testid="embed-unit"]').innerText()).toBe('单位：万元/人');
		const source = await rec.page.locator('[data-testid="embed-source"]').innerText();
		expect(source).toMatch(/^数据来源：各单位公开的(部门决算、绩效自评报告|绩效自评报告、部门决算)（共 \d+ 份报告）$|^数据来源：各单位公开的.*（[1-4] 份：/);
		expect(source).toContain('数据来源：各单位公开的');
		expect(await rec.page.locator('nav, header a, [data-testid="chart-png"]').count()).toBe(0);
		// sized to its iframe: the chart and the source line fit in the 640 x 400 viewport
		const box = (await rec.page.locator(EMBED).boundingBox())!;
		const foot = (await rec.page.locator('[data-testid="embed-source"]').boundingBox())!;
		expect(box.width).toBeGreaterThan(560);
		expect(foot.y + foot.height).toBeLessThanOrEqual(400);
		await rec.page.screenshot({ path: 'test-results/embed-ranking.png' });
		await rec.page.setViewportSize({ width: 1280, height: 900 });
	});

	it('filter like the compare page and name the reports', async () => {
		await rec.page.goto(`${server.url}embed/ranking/?metric=project_share&level=county&year=2023&lang=en`);
		const v = await values(rec.page, EMBED);
		expect(v.map((r) => r[0])).toEqual(['430527']); // 绥宁县 is the only county-level bureau with 2023 figures
		expect(await rec.page.locator('[data-testid="embed-title"]').innerText()).toBe('Project share of spending ranking (County, 2023)');
		expect(await rec.page.locator('[data-testid="embed-source"]').innerText()).toBe(
			'Source: the bureaus’ published reports (Performance self-evaluation; 1: suining-county-2023-performance.txt)'
		);
		expect(await rec.page.evaluate('document.documentElement.lang')).toBe('en');
	});

	it('draw a scatter and a trend', async () => {
		await rec.page.goto(`${server.url}embed/scatter/?metric=spend_total&x=staff_actual`);
		expect((await values(rec.page, EMBED)).length).toBeGreaterThan(2);
		await rec.page.goto(`${server.url}embed/trend/?metric=spend_total&bureaus=430212`);
		const trend = await values(rec.page, EMBED);
		expect(trend).toEqual([
			['430212', 2019, 337.63],
			['430212', 2020, 432.39]
		]);
	});

	it('render text parameters as text: no script runs, no javascript: link', async () => {
		const title = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2"><a href="javascript:window.__xss=3">x</a>`;
		await rec.page.goto(`${server.url}embed/ranking/?title=${encodeURIComponent(title)}&metric=javascript:alert(1)&bureaus=<b>`);
		await values(rec.page, EMBED);
		expect(await rec.page.locator('[data-testid="embed-title"]').innerText()).toBe(title);
		expect(await rec.page.evaluate('window.__xss')).toBeUndefined();
		expect(await rec.page.locator('script:not([type]):not([src])').evaluateAll((s) => s.filter((x) => x.textContent?.includes('__xss')).length)).toBe(0);
		expect(await rec.page.locator('[href^="javascript:" i], img[src="x"]').count()).toBe(0);
		expect(await rec.page.title()).toBe(title);
	});

	it('have no serious accessibility violations', async () => {
		await rec.page.goto(`${server.url}embed/ranking/?metric=spend_total`);
		await values(rec.page, EMBED);
		expect(await seriousViolations(rec.page)).toEqual([]);
	});
});

describe('map and bureau embeds', () => {
	const MAP = '[data-testid="choropleth"]';
	const mapAttrs = async (page: Page, selector: string) => {
		await page.waitForSelector(`${selector}[data-echarts-ready="true"]`, { timeout: 60_000 });
		const a = (n: string) => page.getAttribute(selector, n);
		return { map: await a('data-map'), level: await a('data-level'), regions: await a('data-regions'), values: JSON.parse((await a('data-values'))!) as Record<string, number> };
	};

	it('the map embed draws the map page’s regions and values for the same view', async () => {
		for (const query of ['?year=2023&province=430000', '?metric=project_share&province=430000&level=county', '']) {
			await rec.page.goto(`${server.url}map/${query}`);
			const onPage = await mapAttrs(rec.page, MAP);
			await rec.page.goto(`${server.url}embed/map/${query}`);
			const embedded = await mapAttrs(rec.page, EMBED);
			expect(embedded).toEqual(onPage);
		}
		// 湖南省 by prefecture in 2023: 衡阳市 (430400) has its value on the map
		await rec.page.setViewportSize({ width: 640, height: 480 });
		await rec.page.goto(`${server.url}embed/map/?metric=spend_total&year=2023&province=430000`);
		const v = await mapAttrs(rec.page, EMBED);
		expect(v.map).toBe('province/430000-prefecture.json');
		expect(v.values['430400']).toBeCloseTo(1780.37, 2);
		expect(await rec.page.locator('[data-testid="embed-title"]').innerText()).toBe('支出合计地区分布（湖南省，按地市（地级信访局），2023年）');
		expect(await rec.page.locator('[data-testid="embed-unit"]').innerText()).toBe('单位：万元');
		await rec.page.waitForFunction(() => document.querySelector('[data-testid="embed-source"]')?.textContent?.startsWith('数据来源'));
		const source = await rec.page.locator('[data-testid="embed-source"]').innerText();
		expect(source).toMatch(/^数据来源：各单位公开的.+（.+）；(地图边界仅为示意|标准地图，审图号：.+)$/);
		expect(await rec.page.locator('nav, header a, [data-testid="chart-png"], select').count()).toBe(0);
		const box = (await rec.page.locator(EMBED).boundingBox())!;
		const foot = (await rec.page.locator('[data-testid="embed-source"]').boundingBox())!;
		expect(box.width).toBeGreaterThan(560);
		expect(foot.y + foot.height).toBeLessThanOrEqual(480);
		await rec.page.screenshot({ path: 'test-results/embed-map.png' });
		await rec.page.setViewportSize({ width: 1280, height: 900 });
	});

	it('the bureau embed shows 衡阳市 (430400) 2023: basic 811.64 and project 968.73 万元', async () => {
		await rec.page.setViewportSize({ width: 640, height: 400 });
		await rec.page.goto(`${server.url}embed/bureau/?id=430400`);
		expect(await values(rec.page, EMBED)).toEqual([[2023, 811.64, 968.73, 1780.37]]);
		expect(await rec.page.locator('[data-testid="embed-title"]').innerText()).toBe('衡阳市信访局 基本支出与项目支出（逐年）');
		expect(await rec.page.locator('[data-testid="embed-unit"]').innerText()).toBe('单位：万元');
		expect(await rec.page.locator('[data-testid="embed-source"]').innerText()).toMatch(/^数据来源：各单位公开的.+（[1-4] 份：.*hengyang-city-2023/);
		expect(await rec.page.locator('nav, header a, [data-testid="chart-png"]').count()).toBe(0);
		await rec.page.screenshot({ path: 'test-results/embed-bureau.png' });
		await rec.page.setViewportSize({ width: 1280, height: 900 });
		await rec.page.goto(`${server.url}embed/bureau/?id=nobody&lang=en`);
		await rec.page.waitForSelector('[data-testid="no-data"]', { timeout: 60_000 });
	});

	it('render a title as text on the map and bureau embeds', async () => {
		const title = `<script>window.__xss = 1</script><a href="javascript:window.__xss=3">x</a>`;
		for (const path of ['embed/map/?year=2023', "embed/bureau/?id=430400'%20OR%201=1"]) {
			await rec.page.goto(`${server.url}${path}&title=${encodeURIComponent(title)}`);
			await rec.page.waitForSelector('[data-testid="embed-title"]');
			if (path.startsWith('embed/map')) await mapAttrs(rec.page, EMBED);
			else await rec.page.waitForSelector('[data-testid="no-data"]', { timeout: 60_000 });
			expect(await rec.page.locator('[data-testid="embed-title"]').innerText()).toBe(title);
			expect(await rec.page.evaluate('window.__xss')).toBeUndefined();
			expect(await rec.page.locator('[href^="javascript:" i]').count()).toBe(0);
		}
	});

	it('the snippets copied on the map page and the profile open the same chart', async () => {
		await rec.page.goto(`${server.url}map/?metric=spend_total&year=2023&province=430000`);
		const onPage = await mapAttrs(rec.page, MAP);
		await rec.page.locator('[data-testid="chart-embed"]').click();
		let snippet = await rec.page.inputValue('[data-testid="embed-snippet"]');
		let src = /src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&');
		expect(src).toBe(`${server.url}embed/map/?metric=spend_total&year=2023&province=430000`);
		await rec.page.goto(src);
		expect(await mapAttrs(rec.page, EMBED)).toEqual(onPage);

		await rec.page.goto(`${server.url}bureau/?id=430400`);
		const parts = '[data-testid="parts-chart"]';
		const profile = await values(rec.page, parts);
		expect(await rec.page.locator('[data-testid="chart-embed"]').count()).toBe(1); // the treemap: PNG/SVG only
		await rec.page.locator('[data-testid="chart-embed"]').click();
		snippet = await rec.page.inputValue('[data-testid="embed-snippet"]');
		src = /src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&');
		expect(src).toBe(`${server.url}embed/bureau/?id=430400`);
		await rec.page.goto(src);
		expect(await values(rec.page, EMBED)).toEqual(profile);
		expect(rec.foreign()).toEqual([]);
	});
});

describe('chart toolbar', () => {
	it('copies an iframe of the current view that opens the same chart', async () => {
		await rec.page.goto(`${server.url}compare/?metric=project_share&level=county`);
		await rec.page.waitForSelector('[data-testid="compare-ranking"][data-echarts-ready="true"]', { timeout: 60_000 });
		await rec.page.locator('[data-testid="chart-embed"]').first().click();
		const snippet = await rec.page.inputValue('[data-testid="embed-snippet"]');
		const src = /src="([^"]+)"/.exec(snippet)![1]!.replaceAll('&amp;', '&');
		expect(src).toBe(`${server.url}embed/ranking/?metric=project_share&level=county&top=40`);
		expect(snippet).toMatch(/^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+" style="border:0" loading="lazy"><\/iframe>$/);
		const names = (await rec.page.locator('[data-testid="compare-table"] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-bureau'))));
		await rec.page.goto(src);
		expect((await values(rec.page, EMBED)).map((r) => r[0])).toEqual(names);
	});

	it('saves a PNG (2x, white background) and an SVG with the chart’s marks', async () => {
		await rec.page.goto(server.url);
		const chart = '[data-testid="per-staff-chart"]';
		await rec.page.waitForSelector(`${chart}[data-source="duckdb"][data-echarts-ready="true"]`, { timeout: 60_000 });
		const size = (await rec.page.locator(chart).boundingBox())!;
		const [png] = await Promise.all([rec.page.waitForEvent('download'), rec.page.locator('[data-testid="chart-png"]').first().click()]);
		expect(png.suggestedFilename()).toBe('人均支出排名.png');
		await png.saveAs('test-results/chart-export.png');
		const bytes = readFileSync('test-results/chart-export.png');
		expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
		expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
		expect(bytes.readUInt32BE(16)).toBe(Math.round(size.width) * 2);
		expect(bytes.readUInt32BE(20)).toBe(Math.round(size.height) * 2);
		expect(bytes.length).toBeGreaterThan(10_000);

		const [svg] = await Promise.all([rec.page.waitForEvent('download'), rec.page.locator('[data-testid="chart-svg"]').first().click()]);
		await svg.saveAs('test-results/chart-export.svg');
		const text = readFileSync('test-results/chart-export.svg', 'utf8');
		const parsed = await rec.page.evaluate((s) => {
			const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
			return {
				error: doc.querySelector('parsererror')?.textContent ?? null,
				root: doc.documentElement.nodeName,
				paths: doc.querySelectorAll('path').length,
				texts: [...doc.querySelectorAll('text')].map((t) => t.textContent)
			};
		}, text);
		expect(parsed.error).toBeNull();
		expect(parsed.root).toBe('svg');
		expect(parsed.paths).toBeGreaterThanOrEqual(5);
		expect(parsed.texts).toContain('衡阳市信访局 2023');
		expect(parsed.texts).toContain('53.95');
		expect(rec.foreign()).toEqual([]);
	});
});
