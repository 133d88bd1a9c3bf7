// The source viewer and click-through in real Chromium against the built site: the viewer
// highlights exactly text.slice(src_start, src_end) of a fact and brings it into view; one click
// on a number of the overview, compare and bureau pages lands there; a computed number lists its
// inputs with working links; a corrected fact shows both values and the reason (the same build
// served with data ingested with a temporary corrections file); a synthetic report that was not
// prerendered opens by client navigation and by a hard load; no request leaves the origin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../../scripts/browser/chromium.ts';
import { startServer, type RunningServer } from '../../scripts/serve/static-server.ts';
import { ingest } from '../../scripts/ingest/run.ts';
import { assertBuilt, openRecorded, type RecordedPage } from '../support/site.ts';
import { nativeQuery } from '../support/node-duckdb.ts';
import { seriousViolations } from '../support/axe.ts';
import { smallSynthPanel } from '../support/synth-panel.ts';

const SHOTS = 'test-results';
const VIEWER = '[data-testid="source-viewer"][data-state="ready"]';
const SELECTED = '[data-testid="selected-fact"]';
const HENGYANG = 'hengyang-city-2023-performance.txt';

let browser: LaunchedBrowser;
let server: RunningServer;
let corrected: RunningServer;
let sub: RunningServer;
let rec: RecordedPage;
let tmp: string;
let ref: string;
let text: string;

beforeAll(async () => {
	assertBuilt();
	tmp = mkdtempSync(join(tmpdir(), 'xf-sources-'));
	const synth = smallSynthPanel();
	// the same build, its data ingested with a corrections file (a test value, not a real finding)
	const csv = join(tmp, 'corrections.csv');
	writeFileSync(
		csv,
		'report,metric,fiscal_year,phase,scope,part,econ_code,func_code,item_label,at,was,value,reason,corrected_by,corrected_on\n' +
			`${HENGYANG},staff.actual,2023,,,,,,,,33,35,测试更正：在职人数应为35人,测试员,2025-03-01\n`
	);
	const data = join(tmp, 'data');
	await ingest({ raw: 'data/raw', out: data, census: 'data/reference/census2020_cn_county_prefecture.csv', corrections: csv });
	server = await startServer({ root: 'build', mounts: { '/data-synth/': synth } });
	corrected = await startServer({ root: 'build', mounts: { '/data/': data } });
	sub = await startServer({ root: 'build', base: '/xinfang' });
	const [row] = await nativeQuery(
		`SELECT r.report_id, t.text FROM read_parquet('build/data/reports.parquet') r JOIN read_parquet('build/data/report_texts.parquet') t USING (report_key) WHERE r.source_file = '${HENGYANG}'`
	);
	ref = String(row!.report_id).slice(0, 16);
	text = String(row!.text);
	browser = await launchChromium();
	rec = await openRecorded(browser.context, server.url);
	mkdirSync(SHOTS, { recursive: true });
}, 240_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	await corrected?.close();
	await sub?.close();
	if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function dbReady(page: Page) {
	await page.waitForFunction(`document.documentElement.dataset.dbReady === 'true'`, undefined, { timeout: 90_000 });
}

async function inView(page: Page, selector: string): Promise<boolean> {
	return page.locator(selector).evaluate((el) => {
		const r = el.getBoundingClientRect();
		return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
	});
}

async function landsOn(page: Page, slice: string) {
	await page.waitForURL(/\/sources\/[0-9a-f]{16}\/\?.*at=\d+-\d+/, { timeout: 30_000 });
	await page.waitForSelector(VIEWER, { timeout: 90_000 });
	await page.waitForSelector(SELECTED);
	expect(await page.locator(SELECTED).evaluate((el) => el.textContent)).toBe(slice);
	await page.waitForFunction((sel) => {
		const r = document.querySelector(sel)!.getBoundingClientRect();
		return r.top >= 0 && r.bottom <= window.innerHeight;
	}, SELECTED);
	expect(await inView(page, SELECTED)).toBe(true);
}

describe('source viewer', () => {
	it('highlights exactly text.slice(src_start, src_end) of 衡阳市 2023 basic spending, labelled, in view', async () => {
		const [fact] = await nativeQuery(
			`SELECT src_start, src_end FROM read_parquet('build/data/facts.parquet') WHERE report_id LIKE '${ref}%' AND metric = 'spend.basic' AND fiscal_year = 2023`
		);
		const { src_start, src_end } = fact as { src_start: number; src_end: number };
		const page = rec.page;
		await page.goto(`${server.url}sources/${ref}/?at=${src_start}-${src_end}`);
		await page.waitForSelector(VIEWER, { timeout: 90_000 });
		const slice = text.slice(src_start, src_end);
		expect(slice).toBe('基本支出本年支出决算811.64万元');
		expect(await page.locator(SELECTED).evaluate((el) => el.textContent)).toBe(slice);
		await page.waitForFunction((sel) => document.activeElement === document.querySelector(sel), SELECTED);
		expect(await inView(page, SELECTED)).toBe(true);
		// the whole text is there, and every fact of the report is marked and labelled
		expect(await page.locator('[data-testid="source-text"]').evaluate((el) => el.textContent)).toBe(text);
		const facts = (await nativeQuery(`SELECT count(*) AS n FROM read_parquet('build/data/facts.parquet') WHERE report_id LIKE '${ref}%'`))[0]!.n;
		expect(await page.locator('[data-testid="source-facts"] tbody tr').count()).toBe(facts);
		expect(await page.locator('[data-testid="source-text"] .tag[data-label^="基本支出 2023"]').count()).toBeGreaterThan(0);
		expect(await page.locator('[data-testid="selected-panel"]').innerText()).toContain('811.64 万元');
		expect(await page.locator('[data-testid="report-meta"]').innerText()).toContain(HENGYANG);
		await page.screenshot({ path: `${SHOTS}/sources-viewer.png` });
		// another fact chosen from the list, by keyboard
		const row = page.locator('[data-testid="source-facts"] tr[data-metric="spend.project"] a').first();
		await row.focus();
		await page.keyboard.press('Enter');
		await landsOn(page, '2023年项目支出968.73万元');
	});

	it('in English with ?lang=en, and the query form /sources/?report= under a sub-path', async () => {
		const page = rec.page;
		await page.goto(`${server.url}sources/${ref}/?lang=en&at=730-741`);
		await page.waitForSelector(VIEWER, { timeout: 90_000 });
		expect(await page.locator('h2#selected-title').innerText()).toBe('Selected fact');
		expect(await page.locator('[data-testid="selected-panel"]').innerText()).toContain('Staff in post');
		const other = await launchChromium();
		try {
			const r = await openRecorded(other.context, sub.url);
			await r.page.goto(`${sub.url}sources/?report=${ref}&at=730-741`);
			await r.page.waitForSelector(VIEWER, { timeout: 90_000 });
			expect(await r.page.locator(SELECTED).evaluate((el) => el.textContent)).toBe('年末实有在职人数33人');
			// the prerendered path form too
			await r.page.goto(`${sub.url}sources/${ref}/?at=730-741`);
			await r.page.waitForSelector(VIEWER, { timeout: 90_000 });
			expect(r.foreign()).toEqual([]);
		} finally {
			await other.close();
		}
	});
});

describe('one click from a number to its sentence', () => {
	it('overview: the staff count of 衡阳市 opens the viewer at 年末实有在职人数33人', async () => {
		const page = rec.page;
		await page.goto(server.url);
		await dbReady(page);
		await page.waitForSelector('[data-testid="bureau-table"]');
		await page.locator('[data-testid="bureau-table"] tr[data-bureau="430400"] td[data-col="staff_actual"] a').click();
		await landsOn(page, '年末实有在职人数33人');
		await page.screenshot({ path: `${SHOTS}/sources-from-overview.png` });
	});

	it('overview: spending per staff (computed) lists its three inputs, each linking to its sentence', async () => {
		const page = rec.page;
		await page.goto(server.url);
		await dbReady(page);
		await page.waitForSelector('[data-testid="bureau-table"]');
		await page.locator('[data-testid="bureau-table"] tr[data-bureau="430400"] td[data-col="spend_per_staff"] button').click();
		const dialog = page.locator('[data-testid="inputs-dialog"]');
		await page.waitForSelector('[data-testid="inputs-list"][data-state="ready"]');
		expect(await dialog.locator('[data-testid="inputs-value"]').innerText()).toBe('53.95');
		const items = dialog.locator('li.input');
		expect(await items.count()).toBe(3);
		const all = await items.allInnerTexts();
		expect(all[0]).toContain('811.64 万元');
		expect(all[0]).toContain('「基本支出本年支出决算811.64万元」');
		expect(all[1]).toContain('968.73 万元');
		expect(all[2]).toContain('33 人');
		expect(await seriousViolations(page)).toEqual([]);
		await page.screenshot({ path: `${SHOTS}/sources-inputs-dialog.png` });
		await dialog.locator('li.input[data-metric="spend.project"] [data-testid="input-link"]').click();
		await landsOn(page, '2023年项目支出968.73万元');
		expect(await page.locator('[data-testid="inputs-dialog"]').evaluate((d) => (d as HTMLDialogElement).open)).toBe(false);
	});

	it('overview: the median KPI lists every bureau with the middle one marked; a ranking bar opens its inputs', async () => {
		const page = rec.page;
		await page.goto(server.url);
		await dbReady(page);
		await page.locator('[data-kpi-open="median_per_staff"]').click();
		await page.waitForSelector('[data-testid="inputs-list"][data-state="ready"]');
		const groups = page.locator('[data-testid="inputs-list"] > li');
		expect(await groups.count()).toBe(5);
		expect(await page.locator('[data-testid="inputs-list"] > li.marked').innerText()).toContain('南岳区信访局 2021');
		await page.keyboard.press('Escape');
		// the longest bar (衡阳市) is the top one
		const chart = page.locator('[data-testid="per-staff-chart"][data-echarts-ready="true"]');
		const box = (await chart.boundingBox())!;
		await page.mouse.click(box.x + box.width * 0.6, box.y + 8 + (box.height - 32) / 10);
		await page.waitForSelector('[data-testid="inputs-list"][data-state="ready"]');
		expect(await page.locator('[data-testid="inputs-dialog"] .head').innerText()).toContain('衡阳市信访局 2023');
		expect(await page.locator('[data-testid="inputs-dialog"] li.input').count()).toBe(3);
		await page.keyboard.press('Escape');
	});

	it('compare: a staff count in the table, and a ranking value, land on their sentence', async () => {
		const page = rec.page;
		await page.goto(`${server.url}compare/?metric=staff_actual`);
		await page.waitForSelector('[data-testid="compare-table"]', { timeout: 90_000 });
		await page.locator('[data-testid="compare-table"] tr[data-bureau="430400"] td[data-col="value"] a').click();
		await landsOn(page, '年末实有在职人数33人');
		await page.goto(`${server.url}compare/`);
		await page.waitForSelector('[data-testid="compare-table"]', { timeout: 90_000 });
		await page.locator('[data-testid="compare-table"] tr[data-bureau="430400"] td[data-col="value"] button').click();
		await page.waitForSelector('[data-testid="inputs-list"][data-state="ready"]');
		expect(await page.locator('[data-testid="inputs-dialog"] li.input').count()).toBe(3);
		await page.locator('[data-testid="inputs-dialog"] li.input[data-metric="staff.actual"] [data-testid="input-link"]').click();
		await landsOn(page, '年末实有在职人数33人');
	});

	it('bureau profile: a fact in the facts table lands on its sentence; a report opens its text', async () => {
		const page = rec.page;
		await page.goto(`${server.url}bureau/?id=430400`);
		await page.waitForSelector('[data-testid="profile"][data-facts="ready"]', { timeout: 90_000 });
		await page.locator('[data-testid="facts"] details[data-year="2023"] tr[data-metric="spend.basic"] td[data-col="value"] a').first().click();
		await landsOn(page, '基本支出本年支出决算811.64万元');
		await page.goBack();
		await page.waitForSelector('[data-testid="profile"][data-state="ready"]', { timeout: 90_000 });
		await page.locator('[data-testid="staff-panel"] tr[data-metric="staff.actual"] td[data-year="2023"] a').click();
		await landsOn(page, '年末实有在职人数33人');
	});
});

describe('corrections', () => {
	it('a corrected fact shows both values and the reason in the viewer, the inputs list and the tables', async () => {
		const other = await launchChromium();
		const r = await openRecorded(other.context, corrected.url);
		const page = r.page;
		try {
			await page.goto(`${corrected.url}sources/${ref}/?at=730-741`);
			await page.waitForSelector(VIEWER, { timeout: 90_000 });
			const c = await page.locator('[data-testid="correction"]').innerText();
			expect(c).toContain('33 人 → 35 人');
			expect(c).toContain('测试更正：在职人数应为35人');
			expect(c).toContain('测试员');
			expect(c).toContain('2025-03-01');
			expect(await page.locator(SELECTED).evaluate((el) => el.textContent)).toBe('年末实有在职人数33人');
			expect(await page.locator(`${SELECTED} mark.corrected`).count()).toBe(1);
			await page.screenshot({ path: `${SHOTS}/sources-corrected.png` });
			await page.goto(corrected.url);
			await dbReady(page);
			await page.waitForSelector('[data-testid="bureau-table"]');
			const cell = page.locator('[data-testid="bureau-table"] tr[data-bureau="430400"] td[data-col="spend_per_staff"]');
			expect(await cell.innerText()).toContain('50.87');
			await cell.locator('button').click();
			await page.waitForSelector('[data-testid="inputs-list"][data-state="ready"]');
			const corr = await page.locator('[data-testid="inputs-dialog"] [data-testid="input-correction"]').innerText();
			expect(corr).toContain('33 人');
			expect(corr).toContain('测试更正：在职人数应为35人');
			await page.keyboard.press('Escape');
			await page.goto(`${corrected.url}bureau/?id=430400`);
			await page.waitForSelector('[data-testid="profile"][data-facts="ready"]', { timeout: 90_000 });
			expect(await page.locator('[data-testid="fact-correction"]').innerText()).toContain('测试更正');
			expect(r.foreign()).toEqual([]);
		} finally {
			await other.close();
		}
	});
});

describe('reports that were not prerendered (synthetic panel)', () => {
	it('open by client navigation from the report list and by a hard load', async () => {
		const page = rec.page;
		await page.goto(`${server.url}sources/?data=synth`);
		await page.waitForSelector('[data-testid="source-index"][data-state="ready"]', { timeout: 90_000 });
		expect(await page.locator('[data-testid="synthetic-banner"]').count()).toBe(1);
		const link = page.locator('[data-testid="source-index"] tbody tr td:nth-child(4) a').first();
		const href = (await link.getAttribute('href'))!;
		expect(href).toMatch(/sources\/[0-9a-f]{16}\/\?data=synth$/);
		await link.click();
		await page.waitForSelector(VIEWER, { timeout: 90_000 });
		expect(await page.locator('[data-testid="source-text"] mark').count()).toBeGreaterThan(5);
		const url = page.url();
		// hard load of the same path: the server answers with the 404.html fallback, which renders it
		const response = await page.goto(url);
		expect(response!.status()).toBe(404);
		await page.waitForSelector(VIEWER, { timeout: 90_000 });
		expect(await page.locator('[data-testid="source-text"] mark').count()).toBeGreaterThan(5);
		await page.screenshot({ path: `${SHOTS}/sources-synthetic.png` });
	});

	it('asked nothing of the server but files (no __data.json) and nothing off-origin', () => {
		expect(rec.requests.filter((u) => u.includes('__data.json'))).toEqual([]);
		expect(rec.foreign()).toEqual([]);
	});
});
