// Serves the built site and opens pages that record every request, so a test can fail on any
// request that leaves the site's origin (a CDN, an extension download, a font service).
import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../scripts/serve/static-server.ts';

export const BUILD_DIR = 'build';

export function assertBuilt(): void {
	if (!existsSync(`${BUILD_DIR}/index.html`) || !existsSync(`${BUILD_DIR}/data/manifest.json`))
		throw new Error('build/ or build/data/ missing: run `npm test` (it ingests and builds first), or `npm run ingest && npm run build`');
}

export async function serveBuild(base = ''): Promise<RunningServer> {
	assertBuilt();
	return startServer({ root: BUILD_DIR, base });
}

export interface RecordedPage {
	page: Page;
	requests: string[];
	/** requests to any origin other than the site's own */
	foreign(): string[];
	consoleErrors: string[];
}

export async function openRecorded(context: BrowserContext, siteUrl: string): Promise<RecordedPage> {
	const origin = new URL(siteUrl).origin;
	const requests: string[] = [];
	const consoleErrors: string[] = [];
	// Route every request (pages and workers): record it, and refuse anything off-origin so a
	// stray fetch fails fast instead of hanging on a closed network.
	await context.route('**/*', (route) => {
		const url = route.request().url();
		requests.push(url);
		if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:'))
			return route.continue();
		return route.abort('blockedbyclient');
	});
	const page = await context.newPage();
	page.on('console', (m) => {
		if (m.type() === 'error') consoleErrors.push(m.text());
	});
	page.on('pageerror', (e) => consoleErrors.push(String(e)));
	return {
		page,
		requests,
		consoleErrors,
		foreign: () =>
			requests.filter(
				(u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')
			)
	};
}
