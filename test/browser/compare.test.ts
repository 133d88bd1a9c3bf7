// The compare page in real Chromium on the seed data: a filter change updates the chart and the
// URL, reloading the URL restores the view, the English switch changes the labels, and axe-core
// finds no serious violations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../../scripts/browser/chromium.ts';
import { BUILD_DIR, assertBuilt, openRecorded, type RecordedPage } from '../support/site.ts';
import { seriousViolations } from '../support/axe.ts';
import { startServer, type RunningServer } from '../../scripts/serve/static-server.ts';
import { smallSynthPanel } from '../support/synth-panel.ts';

const RANK = '[data-testid="compare-ranking"]';
let browser: LaunchedBrowser;
let server: RunningServer;
let rec: RecordedPage;

async function drawn(page: Page) {
	await page.waitForSelector(`${RANK}[data-echarts-ready="true"]`, { timeout: 60_000 });
}
const tableNames = (page: Page) => page.locator('[data-testid="compare-table"] tbody th').allInnerTexts();

beforeAll(async () => {
	mkdirSync('test-results', { recursive: true });
	assertBuilt();
	// the small synthetic panel (every bureau of the country) for the table's pages
	server = await startServer({ root: BUILD_DIR, mounts: { '/data-synth/': smallSynthPanel() } });
	browser = await launchChromium();
	rec = await openRecorded(browser.context, server.url);
	await rec.page.goto(`${server.url}compare/`);
	await drawn(rec.page);
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('compare page', () => {
	it('ranks the five seed bureaus by spending per staff member', async () => {
		expect(await rec.page.getAttribute(RANK, 'data-marks')).toBe('5');
		expect((await tableNames(rec.page)).map((s) => s.trim())).toEqual(['衡阳市信访局', '株洲市渌口区信访局', '南岳区信访局', '绥宁县信访局', '零陵区信访局']);
		const first = rec.page.locator('[data-testid="compare-table"] tbody tr').first().locator('td[data-col="value"]');
		expect(await first.innerText()).toBe('53.95');
		expect(await first.getAttribute('title')).toContain('hengyang-city-2023-performance.txt');
		await rec.page.screenshot({ path: 'test-results/compare.png', fullPage: true });
	});

	it('a filter change updates the chart and the URL, and the URL restores the view', async () => {
		await rec.page.selectOption('[data-testid="metric-select"]', 'project_share');
		await rec.page.selectOption('[data-testid="level-filter"]', 'county');
		await rec.page.waitForFunction(`document.querySelectorAll('[data-testid="compare-table"] tbody tr').length === 4`);
		await drawn(rec.page);
		const url = new URL(rec.page.url());
		expect(url.searchParams.get('metric')).toBe('project_share');
		expect(url.searchParams.get('level')).toBe('county');
		expect(await rec.page.getAttribute(RANK, 'data-marks')).toBe('4');
		const names = (await tableNames(rec.page)).map((s) => s.trim());
		expect(names).toEqual(['南岳区信访局', '零陵区信访局', '绥宁县信访局', '株洲市渌口区信访局']); // 45.1%, 37.1%, 18.5%, 0%
		await rec.page.reload();
		await drawn(rec.page);
		await rec.page.waitForFunction(`document.querySelectorAll('[data-testid="compare-table"] tbody tr').length === 4`);
		expect(await rec.page.inputValue('[data-testid="metric-select"]')).toBe('project_share');
		expect(await rec.page.inputValue('[data-testid="level-filter"]')).toBe('county');
		expect((await tableNames(rec.page)).map((s) => s.trim())).toEqual(names);
	});

	it('switches to English', async () => {
		await rec.page.click('[data-testid="lang-switch"]');
		await rec.page.waitForFunction(`document.querySelector('h1')?.textContent?.startsWith('Compare')`);
		await drawn(rec.page);
		expect(await rec.page.locator('h1').innerText()).toContain('Project share of spending');
		expect(new URL(rec.page.url()).searchParams.get('lang')).toBe('en');
		expect(await rec.page.evaluate('document.documentElement.lang')).toBe('en');
		await rec.page.screenshot({ path: 'test-results/compare-en.png', fullPage: true });
	});

	it('shows the national panel 50 rows a page; the inputs of a value open by keyboard', async () => {
		const page = rec.page;
		const rows = '[data-testid="compare-table"] tbody tr';
		const ranks = () => page.locator(`${rows} td:first-child`).allInnerTexts();
		await page.goto(`${server.url}compare/?data=synth`);
		await drawn(page);
		await page.waitForFunction(`document.querySelectorAll('${rows}').length === 50`, undefined, { timeout: 60_000 });
		expect((await ranks())[0]).toBe('1');
		const pager = page.locator('[data-testid="compare-table"] ~ nav.pager');
		expect(await pager.innerText()).toMatch(/第 1 \/ \d+ 页，共 \d+ 行/);
		await pager.locator('button', { hasText: '下一页' }).click();
		await page.waitForFunction(`document.querySelector('${rows} td')?.textContent === '51'`);
		expect(new URL(page.url()).searchParams.get('page')).toBe('2');
		expect((await ranks()).at(-1)).toBe('100');
		// spending per staff is computed: its button lists the three inputs, opened with Enter
		const value = page.locator(`${rows}`).first().locator('td[data-col="value"] button[data-source-link="inputs"]');
		expect(await value.getAttribute('aria-haspopup')).toBe('dialog');
		await value.focus();
		await page.keyboard.press('Enter');
		await page.waitForSelector('[data-testid="inputs-list"][data-state="ready"]');
		expect(await page.locator('[data-testid="inputs-dialog"] .head').innerText()).toContain((await page.locator(`${rows} th`).first().innerText()).trim());
		expect(await page.locator('[data-testid="inputs-dialog"] li.input').count()).toBeGreaterThanOrEqual(2);
		await page.keyboard.press('Escape');
		// a metric change starts again at page 1; back returns to page 2
		await page.selectOption('[data-testid="metric-select"]', 'staff_actual');
		await page.waitForFunction(`document.querySelector('[data-loaded-metric]')?.getAttribute('data-loaded-metric') === 'staff_actual' && document.querySelector('${rows} td')?.textContent === '1'`);
		expect(new URL(page.url()).searchParams.get('page')).toBeNull();
		await page.goBack();
		await page.waitForFunction(`document.querySelector('[data-loaded-metric]')?.getAttribute('data-loaded-metric') === 'spend_per_staff' && document.querySelector('${rows} td')?.textContent === '51'`);
		await page.screenshot({ path: 'test-results/compare-synth-page2.png', fullPage: true });
	});

	it('has no serious accessibility violations and stays on its own origin', async () => {
		expect(await seriousViolations(rec.page)).toEqual([]);
		expect(rec.foreign()).toEqual([]);
		expect(rec.consoleErrors).toEqual([]);
	});
});
