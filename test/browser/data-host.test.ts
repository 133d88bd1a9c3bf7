// The data on a host of its own (DESIGN "Past one machine"): a build made with PUBLIC_DATA_URL
// reads its default dataset from that host by range requests (CORS and Range there), every other
// request stays on the site's origin, and a host that does not allow the site's origin is refused
// by the browser with the error shown. The default build never leaves its origin (the other
// browser tests fail on any off-origin request).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, type LaunchedBrowser } from '../../scripts/browser/chromium.ts';
import { startServer, type RunningServer, type Served } from '../../scripts/serve/static-server.ts';
import { assertBuilt } from '../support/site.ts';

const CHART = '[data-testid="per-staff-chart"]';

let browser: LaunchedBrowser;
let site: RunningServer;
let data: RunningServer;
let stranger: RunningServer;
let buildDir: string;
const dataServed: Served[] = [];

beforeAll(async () => {
	assertBuilt();
	buildDir = mkdtempSync(join(tmpdir(), 'xf-xorigin-build-'));
	// both servers first: the site's origin goes into the data host's CORS list, the data host's
	// URL into the build
	site = await startServer({ root: buildDir });
	const siteOrigin = new URL(site.url).origin;
	data = await startServer({ root: 'build/data', base: '/data', corsOrigins: [siteOrigin], onServed: (s) => dataServed.push(s) });
	stranger = await startServer({ root: 'build/data', base: '/data', corsOrigins: ['http://elsewhere.example'] });
	execSync('npx vite build', {
		stdio: 'pipe',
		env: { ...process.env, BUILD_DIR: buildDir, PUBLIC_DATA_URL: data.url }
	});
	browser = await launchChromium();
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await Promise.all([site?.close(), data?.close(), stranger?.close()]);
	if (buildDir) rmSync(buildDir, { recursive: true, force: true });
});

describe('data on a separate static host', () => {
	it('draws the first view and answers DuckDB queries from the data host, by range reads', async () => {
		const page = await browser.context.newPage();
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto(site.url);
		await page.waitForSelector(`${CHART}[data-source="duckdb"][data-echarts-ready="true"]`, { timeout: 90_000 });
		expect(await page.locator('[data-testid="kpis"] [data-kpi="bureaus"]').innerText()).toBe('5 个');
		const dataOrigin = new URL(data.url).origin;
		const siteOrigin = new URL(site.url).origin;
		// nothing but the two origins
		expect(requests.filter((u) => !u.startsWith(siteOrigin) && !u.startsWith(dataOrigin) && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
		// the data came from the data host, the database file by parts
		expect(requests.some((u) => u.startsWith(`${dataOrigin}/data/first-view.json`))).toBe(true);
		expect(requests.filter((u) => u.startsWith(`${siteOrigin}/data/`))).toEqual([]);
		const db = dataServed.filter((s) => s.path.endsWith('xinfang.duckdb'));
		expect(db.some((s) => s.status === 206)).toBe(true);
		expect(db.every((s) => s.status !== 200 || s.method === 'HEAD')).toBe(true);
		await page.close();
	});

	it('says so when the data host does not allow the site', async () => {
		// the same build pointed at a host whose CORS list lacks the site: the browser refuses
		const page = await browser.context.newPage();
		await page.route(`${data.url}**`, (route) => route.continue({ url: route.request().url().replace(data.url, stranger.url) }));
		await page.goto(site.url);
		await page.waitForFunction(`document.documentElement.dataset.dbReady === 'error'`, undefined, { timeout: 60_000 });
		expect(await page.locator('[role="alert"], [data-testid="load-error"]').first().innerText()).toMatch(/manifest\.json|first-view\.json|数据/);
		await page.close();
	});
});
