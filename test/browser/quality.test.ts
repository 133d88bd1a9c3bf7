// The data-quality page and the downloads in real Chromium. The seed reports are ingested into a
// temporary data directory together with two files that are no report (a text that is not a
// budget document, and a .docx that is not a zip), so the page has real checks and real failures.
// Every downloaded file is read back and compared with the same SQL run natively on the Parquet
// files of that directory.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../../scripts/browser/chromium.ts';
import { startServer, type RunningServer } from '../../scripts/serve/static-server.ts';
import { ingest } from '../../scripts/ingest/run.ts';
import { smallSynthPanel } from '../support/synth-panel.ts';
import { assertBuilt, openRecorded, type RecordedPage } from '../support/site.ts';
import { parseCsvRecords, readXlsx } from '../support/read-export.ts';
import { asCsvText, queryOnParquet } from '../support/native-views.ts';
import { fileStamp } from '../../src/lib/export/filename.ts';

const SHOTS = 'test-results';
let browser: LaunchedBrowser;
let server: RunningServer;
let rec: RecordedPage;
let tmp: string;
let dataDir: string;
let synthDir: string;

beforeAll(async () => {
	assertBuilt();
	tmp = mkdtempSync(join(tmpdir(), 'xf-quality-'));
	cpSync('data/raw', join(tmp, 'raw'), { recursive: true });
	writeFileSync(join(tmp, 'raw', 'meeting-notice.txt'), '关于召开2023年度全市信访工作会议的通知\n各单位：定于3月10日上午9时在市政府三楼会议室召开会议，请准时参加。\n');
	writeFileSync(join(tmp, 'raw', 'broken-upload.docx'), 'this is not a zip file');
	dataDir = join(tmp, 'data');
	await ingest({ raw: join(tmp, 'raw'), out: dataDir, census: 'data/reference/census2020_cn_county_prefecture.csv' });
	synthDir = smallSynthPanel();
	server = await startServer({ root: 'build', mounts: { '/data/': dataDir, '/data-synth/': synthDir } });
	browser = await launchChromium();
	rec = await openRecorded(browser.context, server.url);
	mkdirSync(SHOTS, { recursive: true });
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
	await rec.page.goto(server.url + path);
	await ready(rec.page);
	return rec.page;
}

const ready = (page: Page) => page.waitForSelector('[data-testid="quality"][data-state="ready"]', { timeout: 90_000 });

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
	const [d] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), click()]);
	return { name: d.suggestedFilename(), bytes: new Uint8Array(readFileSync((await d.path())!)) };
}

/** Saves a view's three files and checks each against the view's SQL run on the Parquet files. */
async function checkViewDownloads(page: Page, testid: string, nameStart: string) {
	const box = page.locator(`[data-testid="${testid}"]`);
	const sql = (await box.getAttribute('data-sql'))!;
	const native = await queryOnParquet(dataDir, sql);
	expect(native.length).toBeGreaterThan(0);
	const columns = Object.keys(native[0]!);
	const stamp = fileStamp(new Date());

	const csv = await download(page, () => box.locator('button[data-format="csv"]').click());
	expect(csv.name).toBe(`${nameStart}_${stamp}.csv`);
	expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const records = parseCsvRecords(new TextDecoder().decode(csv.bytes.slice(3)));
	expect(records[0]).toEqual(columns);
	expect(records.slice(1)).toEqual(native.map((r) => columns.map((c) => asCsvText(r[c]))));

	const xlsx = await download(page, () => box.locator('button[data-format="xlsx"]').click());
	expect(xlsx.name).toBe(`${nameStart}_${stamp}.xlsx`);
	const sheet = readXlsx(xlsx.bytes).sheets[0]!;
	expect(sheet.rows[0]).toEqual(columns);
	expect(sheet.rows.slice(1)).toEqual(native.map((r) => columns.map((c) => (r[c] === undefined ? null : r[c]))));

	const pq = await download(page, () => box.locator('button[data-format="parquet"]').click());
	expect(pq.name).toBe(`${nameStart}_${stamp}.parquet`);
	const file = join(tmp, `${testid}.parquet`);
	writeFileSync(file, pq.bytes);
	expect(await queryOnParquet(dataDir, `SELECT * FROM '${file}'`)).toEqual(native);
	return native;
}

describe('data quality page', () => {
	it('lists every check with its status and, where a report contradicts itself, both values', async () => {
		const page = await open('quality/');
		expect(await page.locator('nav a[aria-current="page"]').innerText()).toBe('数据质量');
		const statuses = await page.locator('[data-testid="status-filter"]').innerText();
		expect(statuses).toMatch(/全部 41/);
		expect(statuses).toMatch(/不符 2/);
		expect(statuses).toMatch(/存疑 5/);
		expect(statuses).toMatch(/通过 34/);
		const first = page.locator('[data-testid="checks"] tbody tr').first();
		expect(await first.getAttribute('data-status')).toBe('fail');
		const text = await first.innerText();
		expect(text).toContain('lukou-district-2020-final-accounts.txt');
		expect(text).toContain('同一数字两处表述不一致');
		expect(await first.locator('td[data-col="expected"]').innerText()).toMatch(/^432\.32\s*第7497字$/);
		expect(await first.locator('td[data-col="actual"]').innerText()).toMatch(/^124\.06\s*第10304字$/);
		expect(await first.locator('a').getAttribute('href')).toMatch(/bureau\/\?id=430212$/);
		const nanyue = page.locator('[data-testid="checks"] tbody tr[data-file="nanyue-district-2021-performance.txt"][data-status="fail"]');
		expect(await nanyue.innerText()).toContain('project = project items');
		expect(await nanyue.locator('td[data-col="expected"]').innerText()).toBe('50.92');
		expect(await nanyue.locator('td[data-col="actual"]').innerText()).toBe('57.42');
		expect(await page.locator('[data-testid="checks"] tbody tr').count()).toBe(41);
	});

	it('filters checks by status in the URL', async () => {
		const page = rec.page;
		await page.locator('[data-testid="status-filter"] a[data-status="warn"]').click();
		await page.waitForURL(/status=warn/);
		await ready(page);
		await page.waitForFunction(() => document.querySelectorAll('[data-testid="checks"] tbody tr').length === 5);
		const rows = page.locator('[data-testid="checks"] tbody tr');
		expect(new Set(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-status'))))).toEqual(new Set(['warn']));
		expect(await page.locator('[data-testid="checks"] tbody').innerText()).toContain('75.48');
	});

	it('names the files that failed with their error, and every problem with its file', async () => {
		const page = await open('quality/');
		const failed = page.locator('[data-testid="failed-files"] li');
		expect(await failed.count()).toBe(2);
		const items = await failed.allInnerTexts();
		expect(items.find((t) => t.startsWith('broken-upload.docx'))).toBeTruthy();
		expect(items.find((t) => t.startsWith('meeting-notice.txt'))).toBeTruthy();
		const problems = page.locator('[data-testid="problems"] tbody tr');
		expect(await problems.count()).toBe(4);
		expect(await problems.nth(0).getAttribute('data-severity')).toBe('error');
		expect(await page.locator('[data-testid="problems"] tbody tr[data-file="lingling-district-2024-performance.txt"]').innerText()).toContain('staff_kind_unsure');
		await page.screenshot({ path: `${SHOTS}/quality.png`, fullPage: true });
	});

	it('shows coverage by province, drills to prefectures and bureaus', async () => {
		const page = rec.page;
		const hunan = page.locator('[data-testid="coverage-matrix"] tr[data-unit="430000"]');
		expect(await hunan.locator('th').innerText()).toBe('湖南省');
		expect(await hunan.locator('td').first().innerText()).toBe('5');
		expect(await hunan.locator('td[data-year="2023"]').getAttribute('data-covered')).toContain('totals:2');
		await hunan.locator('a').click();
		await page.waitForURL(/province=430000/);
		await ready(page);
		await page.locator('[data-testid="coverage-matrix"] tr[data-unit="430400"] a').click();
		await page.waitForURL(/prefecture=430400/);
		await ready(page);
		await page.waitForSelector('[data-testid="coverage-matrix"] tr[data-unit="430412"]');
		expect(await page.locator('[data-testid="coverage-crumbs"]').innerText()).toMatch(/全国\s*›\s*湖南省\s*›\s*衡阳市/);
		const nanyue = page.locator('[data-testid="coverage-matrix"] tr[data-unit="430412"]');
		expect(await nanyue.locator('td[data-year="2021"]').getAttribute('data-covered')).toMatch(/totals:1.*petition:1/);
		expect(await nanyue.locator('a').getAttribute('href')).toMatch(/bureau\/\?id=430412/);
		await page.locator('[data-testid="group-filter"]').selectOption('petition');
		await page.waitForURL(/group=petition/);
		await ready(page);
		expect(await nanyue.locator('td[data-year="2021"]').innerText()).toBe('1/1');
		await page.screenshot({ path: `${SHOTS}/quality-drill.png`, fullPage: true });
	});

	it('speaks English with ?lang=en', async () => {
		const page = await open('quality/?lang=en&status=fail');
		expect(await page.locator('h1').innerText()).toBe('Data quality');
		expect(await page.locator('[data-testid="checks"] tbody tr').count()).toBe(2);
		expect(await page.locator('[data-testid="checks"] tbody tr').first().innerText()).toContain('The same figure stated twice');
		expect(await page.locator('nav a[aria-current="page"]').innerText()).toBe('Data quality');
	});

	it('stays usable on the synthetic national panel: provinces, paging of every bureau', async () => {
		const page = await open('quality/?data=synth');
		expect(await page.locator('[data-testid="synthetic-banner"]').count()).toBe(1);
		const rows = page.locator('[data-testid="coverage-matrix"] tbody tr');
		expect(await rows.count()).toBeGreaterThanOrEqual(31);
		expect(await page.locator('[data-testid="coverage-matrix"] tr[data-unit="610000"] th').innerText()).toBe('陕西省');
		await page.locator('[data-testid="bureau-toggle"]').check();
		await page.waitForURL(/unit=bureau/);
		await ready(page);
		expect(page.url()).toContain('data=synth');
		expect(await rows.count()).toBe(50);
		expect(await page.locator('[data-testid="coverage-pager"]').innerText()).toMatch(/第 1 \/ (6[0-9]) 页/);
		await page.locator('[data-testid="coverage-pager"] a[rel="next"]').click();
		await page.waitForURL(/cpage=2/);
		await ready(page);
		expect(await page.locator('[data-testid="coverage-pager"]').innerText()).toMatch(/第 2 \//);
		for (const href of await page.locator('nav[aria-label="页面"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
			expect(href).toContain('data=synth');
		await page.screenshot({ path: `${SHOTS}/quality-synth.png` });
	});
});

describe('downloads', () => {
	it('the checks, coverage and problems of the quality page read back as the same rows', async () => {
		const page = await open('quality/?status=fail');
		const checks = await checkViewDownloads(page, 'checks-downloads', '信访局_数据质量_核对结果_不符');
		expect(checks.map((r) => [r.source_file, r.expected, r.actual])).toEqual([
			['lukou-district-2020-final-accounts.txt', 432.32, 124.06],
			['nanyue-district-2021-performance.txt', 50.92, 57.42]
		]);
		await checkViewDownloads(page, 'coverage-downloads', '信访局_数据质量_数据覆盖');
		const problems = await checkViewDownloads(page, 'problems-downloads', '信访局_数据质量_未能解析的报告与问题');
		expect(problems.filter((p) => p.severity === 'error').map((p) => p.source_file).sort()).toEqual(['broken-upload.docx', 'meeting-notice.txt']);
	});

	it('the compare view with its URL filters', async () => {
		await rec.page.goto(`${server.url}compare/?metric=spend_per_staff&year=2023`);
		await rec.page.waitForSelector('[data-testid="compare-ranking"][data-echarts-ready="true"]', { timeout: 90_000 });
		const rows = await checkViewDownloads(rec.page, 'downloads', '信访局_比较_人均支出_2023');
		expect(rows.map((r) => r.bureau_id)).toEqual(['430400', '430527']);
		expect(rows[0]!.source_files).toBe('hengyang-city-2023-performance.txt');
	});

	it('the overview, trends, map and bureau profile', async () => {
		const views: [string, string, string][] = [
			['?year=2023', '[data-testid="downloads"]:not([data-sql=""])', '信访局_概览_2023'],
			['trends/?metric=spend_total&bureaus=430412', '[data-testid="trend-section"][data-state="ready"]', '信访局_趋势_支出合计'],
			['map/?metric=spend_total', '[data-testid="downloads"]:not([data-sql=""])', '信访局_地图_支出合计'],
			['bureau/?id=430400', '[data-testid="profile"][data-facts="ready"]', '信访局_衡阳市信访局_全部数据点']
		];
		for (const [path, readySelector, name] of views) {
			await rec.page.goto(server.url + path);
			await rec.page.waitForFunction(`document.documentElement.dataset.dbReady === 'true'`, undefined, { timeout: 90_000 });
			await rec.page.waitForSelector(readySelector, { timeout: 90_000 });
			const rows = await checkViewDownloads(rec.page, 'downloads', name);
			if (path.startsWith('trends')) expect(rows.map((r) => [r.fiscal_year, r.value])).toEqual([[2020, 172.82], [2021, 204.64]]);
			if (path.startsWith('bureau')) expect(rows).toHaveLength(62);
			if (path.startsWith('?year')) expect(rows.every((r) => r.fiscal_year === 2023)).toBe(true);
		}
	});

	it('the whole dataset: CSV and Parquet per table and the XLSX workbook, named with the data date', async () => {
		const page = await open('quality/');
		const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8'));
		const stamp = fileStamp(new Date(manifest.generated_at));
		await page.locator('[data-testid="dataset-downloads"] summary').click();
		const sort = (rows: unknown[][]) => rows.map((r) => JSON.stringify(r)).sort();
		for (const table of ['facts', 'checks', 'problems', 'reports']) {
			const native = await queryOnParquet(dataDir, `SELECT * FROM ${table}`);
			const columns = Object.keys(native[0]!);
			const row = page.locator(`[data-testid="dataset-downloads"] tr[data-table="${table}"]`);
			const csv = await download(page, () => row.locator('a[data-format="csv"]').click());
			expect(csv.name).toBe(`信访局_数据集_${table}_${stamp}.csv`);
			expect([...csv.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
			const records = parseCsvRecords(new TextDecoder().decode(csv.bytes.slice(3)));
			expect(records[0]).toEqual(columns);
			expect(sort(records.slice(1))).toEqual(sort(native.map((r) => columns.map((c) => asCsvText(r[c])))));
			const pq = await download(page, () => row.locator('a[data-format="parquet"]').click());
			expect(pq.name).toBe(`信访局_数据集_${table}_${stamp}.parquet`);
			const file = join(tmp, `whole-${table}.parquet`);
			writeFileSync(file, pq.bytes);
			expect(sort((await queryOnParquet(dataDir, `SELECT * FROM '${file}'`)).map((r) => Object.values(r)))).toEqual(sort(native.map((r) => Object.values(r))));
		}
		const xlsx = await download(page, () => page.locator('[data-testid="dataset-xlsx"]').click());
		expect(xlsx.name).toBe(`信访局_数据集_all_${stamp}.xlsx`);
		const book = readXlsx(xlsx.bytes);
		expect(book.sheets.map((s) => s.name)).toEqual(['README', 'regions', 'bureaus', 'reports', 'facts', 'report_texts', 'checks', 'problems', 'corrections', 'bureau_year']);
		for (const table of ['facts', 'checks']) {
			const native = await queryOnParquet(dataDir, `SELECT * FROM ${table}`);
			const columns = Object.keys(native[0]!);
			const sheet = book.sheets.find((s) => s.name === table)!;
			expect(sheet.rows[0]).toEqual(columns);
			expect(sort(sheet.rows.slice(1))).toEqual(sort(native.map((r) => columns.map((c) => r[c] ?? null))));
		}
		await page.screenshot({ path: `${SHOTS}/dataset-downloads.png`, fullPage: true });
		expect(rec.foreign()).toEqual([]);
	});
});
