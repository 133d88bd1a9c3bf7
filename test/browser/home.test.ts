// The first page against the built site in real Chromium: it loads from its own origin only,
// shows every seed bureau with the values of its reports, and draws one bar per bureau.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../../scripts/browser/chromium.ts';
import { openRecorded, serveBuild, type RecordedPage } from '../support/site.ts';
import type { RunningServer } from '../../scripts/serve/static-server.ts';

const SHOTS = 'test-results';

// Worked out by hand from the reports (万元 and 人); per staff = total / actual staff.
const EXPECTED = [
	{ name: '衡阳市信访局', year: '2023', authorized: '37 人', actual: '33 人', basic: '811.64', project: '968.73', total: '1,780.37', computed: true, perStaff: '53.95' },
	{ name: '绥宁县信访局', year: '2023', authorized: '11 人', actual: '10 人', basic: '331.83', project: '75.47', total: '407.30', computed: false, perStaff: '40.73' },
	{ name: '南岳区信访局', year: '2021', authorized: '5 人', actual: '5 人', basic: '112.38', project: '92.26', total: '204.64', computed: true, perStaff: '40.93' },
	{ name: '零陵区信访局', year: '2024', authorized: '24 人', actual: '20 人', basic: '341.00', project: '201.49', total: '542.49', computed: false, perStaff: '27.12' },
	{ name: '株洲市渌口区信访局', year: '2020', authorized: '11 人', actual: '10 人', basic: '432.39', project: '0.00', total: '432.39', computed: false, perStaff: '43.24' }
];

// The chart first draws from first-view.json; wait until DuckDB has redrawn it and filled the table.
async function waitForChart(page: Page) {
	await page.waitForSelector('[data-testid="per-staff-chart"][data-source="duckdb"][data-echarts-ready="true"]', { timeout: 60_000 });
	await page.waitForSelector('[data-testid="bureau-table"] tbody tr', { timeout: 60_000 });
}

function rowOf(page: Page, name: string, year: string) {
	return page.locator(`[data-testid="bureau-table"] tbody tr[data-year="${year}"]`, { has: page.locator("th", { hasText: new RegExp(`^${name}$`) }) });
}

async function cell(page: Page, name: string, year: string, col: string): Promise<string> {
	const row = rowOf(page, name, year);
	const td = col === 'name' ? row.locator('th') : row.locator(`td[data-col="${col}"]`);
	return (await td.innerText()).trim();
}

function checkPage(label: string, base: string) {
	describe(label, () => {
		let browser: LaunchedBrowser;
		let server: RunningServer;
		let rec: RecordedPage;
		let loadMs = 0;

		beforeAll(async () => {
			server = await serveBuild(base);
			browser = await launchChromium();
			rec = await openRecorded(browser.context, server.url);
			const t0 = Date.now();
			await rec.page.goto(server.url);
			await waitForChart(rec.page);
			loadMs = Date.now() - t0;
			mkdirSync(SHOTS, { recursive: true });
			await rec.page.screenshot({ path: `${SHOTS}/home${base.replaceAll('/', '-')}.png`, fullPage: true });
		});
		afterAll(async () => {
			await browser?.close();
			await server?.close();
		});

		it('requests nothing outside its own origin (no CDN, no extension download)', () => {
			expect(rec.requests.length).toBeGreaterThan(3);
			expect(rec.foreign()).toEqual([]);
			expect(rec.requests.some((u) => u.endsWith('.wasm'))).toBe(true);
			expect(rec.requests.some((u) => u.includes('/data/xinfang.duckdb'))).toBe(true);
			expect(loadMs).toBeGreaterThan(0);
		});

		it('shows all five seed bureaus with the values of their reports', async () => {
			const rows = await rec.page.locator('[data-testid="bureau-table"] tbody tr').evaluateAll((trs) =>
				trs.map((tr) => `${tr.querySelector('th')?.textContent?.trim()} ${tr.getAttribute('data-year')}`)
			);
			// one row per bureau and year: the year each report is about, and the prior years
			// the reports restate (南岳区 2020 from 较上年 changes, 绥宁县 2022, 渌口区 2019)
			for (const e of EXPECTED) expect(rows).toContain(`${e.name} ${e.year}`);
			expect(rows).toContain('南岳区信访局 2020');
			expect(new Set(rows.map((r) => r.split(' ')[0]))).toEqual(new Set(EXPECTED.map((e) => e.name)));
			for (const e of EXPECTED) {
				expect(await cell(rec.page, e.name, e.year, 'staff_authorized')).toBe(e.authorized);
				expect(await cell(rec.page, e.name, e.year, 'staff_actual')).toBe(e.actual);
				expect(await cell(rec.page, e.name, e.year, 'spend_per_staff')).toBe(e.perStaff);
				if (e.basic) expect(await cell(rec.page, e.name, e.year, 'basic')).toContain(e.basic);
				if (e.project) expect(await cell(rec.page, e.name, e.year, 'project')).toContain(e.project);
				if (e.total) {
					expect(await cell(rec.page, e.name, e.year, 'total')).toContain(e.total);
					const computed = await rowOf(rec.page, e.name, e.year)
						.locator('td[data-col="total"]')
						.getAttribute('data-computed');
					expect(computed === 'true').toBe(e.computed);
				}
			}
		});

		it('traces a number to its sentence', async () => {
			const row = rowOf(rec.page, '衡阳市信访局', '2023');
			const title = await row.locator('td[data-col="basic"]').getAttribute('title');
			expect(title).toContain('811.64万元');
			expect(title).toMatch(/hengyang-city-2023-performance\.txt 第\d+–\d+字/);
		});

		it('draws one bar per bureau, spending per staff member', async () => {
			const chart = rec.page.locator('[data-testid="per-staff-chart"]');
			expect(await chart.getAttribute('data-marks')).toBe('5');
			expect(rec.consoleErrors).toEqual([]);
		});
	});
}

checkPage('home page at the site root', '');
checkPage('home page served under a sub-path', '/xinfang');
