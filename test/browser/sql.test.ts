// The SQL console in real Chromium on the seed data: a typed query gives what native DuckDB
// gives on the Parquet files, and so do its CSV, XLSX and Parquet exports; URLs, local files,
// extensions and settings are refused without a request; console statements leave the site's
// own database alone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../../scripts/browser/chromium.ts';
import { BUILD_DIR, openRecorded, serveBuild, type RecordedPage } from '../support/site.ts';
import { nativeQuery } from '../support/node-duckdb.ts';
import { seriousViolations } from '../support/axe.ts';
import { readXlsx } from '../support/read-export.ts';
import type { RunningServer } from '../../scripts/serve/static-server.ts';

let browser: LaunchedBrowser;
let server: RunningServer;
let rec: RecordedPage;

const RESULT = '[data-testid="sql-result"], [data-testid="sql-error"]';

async function runSql(page: Page, sql: string): Promise<void> {
	const runs = Number(await page.getAttribute('[data-testid="sql-console"]', 'data-runs'));
	await page.fill('[data-testid="sql-editor"]', sql);
	await page.focus('[data-testid="sql-editor"]');
	await page.keyboard.press('Control+Enter');
	await page.waitForSelector(`[data-testid="sql-console"][data-runs="${runs + 1}"]`, { timeout: 60_000 });
	await page.waitForSelector(RESULT);
}

const tableCells = (page: Page) =>
	page.$$eval('[data-testid="sql-table"] tbody tr', (trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
const errorText = (page: Page) => page.locator('[data-testid="sql-error"]').innerText();

beforeAll(async () => {
	mkdirSync('test-results', { recursive: true });
	server = await serveBuild();
	browser = await launchChromium();
	rec = await openRecorded(browser.context, server.url);
	await rec.page.goto(`${server.url}sql/`);
	await rec.page.waitForSelector('[data-console-ready="true"]', { timeout: 60_000 });
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('SQL console', () => {
	it('lists the canonical tables with their columns, docs and example values', async () => {
		const names = await rec.page.$$eval('[data-testid="schema-browser"] details', (ds) => ds.map((d) => d.getAttribute('data-table')));
		expect(names).toEqual(['regions', 'bureaus', 'reports', 'facts', 'report_texts', 'checks', 'problems', 'corrections', 'bureau_year']);
		await rec.page.click('details[data-table="facts"] summary');
		await rec.page.waitForSelector('details[data-table="facts"] [data-testid="example-values"]');
		const text = await rec.page.locator('details[data-table="facts"]').innerText();
		expect(text).toContain('report_id');
		expect(text).toContain('src_text');
		expect(text).toContain('start offset in the report text');
		expect(text).toMatch(/DOUBLE/);
	});

	it('gives the same result as native DuckDB on the Parquet files', async () => {
		const sql = (facts: string, reports: string) => `SELECT r.source_file, f.fiscal_year, f.metric, round(sum(f.value), 2) AS total, count(*) AS n
			FROM ${facts} f JOIN ${reports} r USING (report_id)
			WHERE f.unit = '万元' AND f.metric IN ('spend.total', 'spend.basic', 'spend.project', 'spend.econ')
			GROUP BY ALL ORDER BY ALL`;
		await runSql(rec.page, sql('facts', 'reports'));
		const native = await nativeQuery(sql(`'${BUILD_DIR}/data/facts.parquet'`, `'${BUILD_DIR}/data/reports.parquet'`));
		expect(native.length).toBeGreaterThan(10);
		expect(await rec.page.getAttribute('[data-testid="sql-result"]', 'data-rows')).toBe(String(native.length));
		expect(await tableCells(rec.page)).toEqual(native.map((r) => [String(r.source_file), String(r.fiscal_year), String(r.metric), String(r.total), String(r.n)]));
		// a seed value read by hand: 零陵区信访局 2024 支出合计 542.49 万元
		expect(await tableCells(rec.page)).toContainEqual(['lingling-district-2024-performance.txt', '2024', 'spend.total', '542.49', '1']);
	});

	it('pages a big result and exports it as CSV with a BOM', async () => {
		await runSql(rec.page, 'SELECT code, name, level FROM regions ORDER BY code');
		const regions = await nativeQuery(`SELECT count(*) AS n FROM '${BUILD_DIR}/data/regions.parquet'`);
		expect(await rec.page.getAttribute('[data-testid="sql-result"]', 'data-rows')).toBe(String(regions[0]!.n));
		expect((await tableCells(rec.page)).length).toBe(100);
		const [download] = await Promise.all([rec.page.waitForEvent('download'), rec.page.click('[data-testid="sql-export-csv"]')]);
		const path = 'test-results/sql-export.csv';
		await download.saveAs(path);
		const { readFile } = await import('node:fs/promises');
		const csv = await readFile(path, 'utf8');
		expect(csv.startsWith('\uFEFFcode,name,level\r\n')).toBe(true);
		expect(csv.trimEnd().split('\r\n').length).toBe(Number(regions[0]!.n) + 1);
		expect(csv).toContain('430400,衡阳市,prefecture\r\n');
	});

	it('exports the result shown as XLSX and Parquet too, by the same writers as the pages', async () => {
		const sql = (regions: string) => `SELECT code, name, level, population, population > 1000000 AS big FROM ${regions} ORDER BY code`;
		await runSql(rec.page, sql('regions'));
		const native = await nativeQuery(sql(`'${BUILD_DIR}/data/regions.parquet'`));
		const columns = ['code', 'name', 'level', 'population', 'big'];
		// an edit after the run does not change what is exported: the statement shown runs again
		await rec.page.fill('[data-testid="sql-editor"]', 'SELECT 1 AS other');
		const { readFile } = await import('node:fs/promises');
		const save = async (format: 'xlsx' | 'parquet') => {
			const [download] = await Promise.all([rec.page.waitForEvent('download'), rec.page.click(`[data-testid="sql-export-${format}"]`)]);
			expect(download.suggestedFilename()).toBe(`query.${format}`);
			const path = resolve(`test-results/sql-export.${format}`);
			await download.saveAs(path);
			return { path, bytes: new Uint8Array(await readFile(path)) };
		};

		const book = readXlsx((await save('xlsx')).bytes);
		expect(book.sheets.map((s) => s.name)).toEqual(['query']);
		expect(book.sheets[0]!.rows).toEqual([columns, ...native.map((r) => columns.map((c) => r[c] ?? null))]);

		const parquet = await save('parquet');
		expect(await nativeQuery(`SELECT * FROM '${parquet.path}'`)).toEqual(native);
		expect(native.some((r) => r.big === true) && native.some((r) => typeof r.population === 'number')).toBe(true);
	});

	it('shows DuckDB’s own message for a bad query', async () => {
		await runSql(rec.page, 'SELECT nope FROM facts');
		expect(await errorText(rec.page)).toContain('Binder Error: Referenced column "nope" not found');
	});

	it('refuses URLs, local files, extensions and settings without sending a request', async () => {
		const before = rec.requests.length;
		const own = `${server.url}data/checks.parquet?from-console`;
		for (const [sql, message] of [
			[`SELECT * FROM read_csv('${own}')`, 'file system operations are disabled by configuration'],
			[`SELECT * FROM 'https://example.com/data.parquet'`, 'does not exist'],
			[`SELECT * FROM read_text('/etc/passwd')`, 'file system operations are disabled by configuration'],
			[`COPY (SELECT 1) TO 'out.csv'`, 'file system operations are disabled by configuration'],
			[`ATTACH 'other.duckdb' AS other`, 'file system operations are disabled by configuration'],
			[`LOAD httpfs`, 'Loading external extensions is disabled'],
			[`SET enable_external_access = true`, 'the configuration has been locked'],
			[`SET lock_configuration = false`, 'the configuration has been locked']
		] as const) {
			await runSql(rec.page, sql);
			const text = await errorText(rec.page);
			expect(text, sql).toContain(message);
			expect(text, sql).toContain('控制台不能访问网络或本地文件');
		}
		const sent = rec.requests.slice(before);
		expect(sent.filter((u) => u.includes('from-console') || u.includes('example.com') || u.includes('extensions.duckdb.org'))).toEqual([]);
		expect(rec.foreign()).toEqual([]);
	});

	it('leaves the site’s own database alone', async () => {
		await runSql(rec.page, 'DROP VIEW bureau_year; CREATE TABLE bureau_year AS SELECT 1 AS x; DETACH dataset; SELECT * FROM bureau_year');
		expect(await tableCells(rec.page)).toEqual([['1']]);
		await runSql(rec.page, 'SELECT count(*) FROM facts');
		expect(await errorText(rec.page)).toContain('facts');
		// the overview, reached by the nav link (same page, same site database), still draws
		await rec.page.click('nav a[href$="/"]:not([href*="sql"])');
		await rec.page.waitForSelector('[data-testid="per-staff-chart"][data-source="duckdb"][data-echarts-ready="true"]', { timeout: 60_000 });
		expect(await rec.page.getAttribute('[data-testid="per-staff-chart"]', 'data-marks')).toBe('5');
		const values = JSON.parse((await rec.page.getAttribute('[data-testid="per-staff-chart"]', 'data-values'))!) as [string, number, number][];
		expect(values[0]![0]).toBe('430400');
		expect(values[0]![2]).toBeCloseTo(53.95, 2);
	});

	it('speaks English and has no serious accessibility violations', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${server.url}sql/?lang=en`);
		await page.waitForSelector('[data-console-ready="true"]', { timeout: 60_000 });
		expect(await page.locator('h1').innerText()).toBe('SQL console');
		await runSql(page, 'SELECT 42 AS answer');
		expect(await page.locator('[data-testid="sql-rowcount"]').innerText()).toContain('1 row');
		expect(await seriousViolations(page)).toEqual([]);
		await page.screenshot({ path: 'test-results/sql-en.png', fullPage: true });
		await page.close();
		expect(rec.consoleErrors.filter((e) => !/Error: (Binder|Catalog|Permission|Invalid Input)/.test(e))).toEqual([]);
	});
});
