// Launches the system Chromium for browser tests and benchmarks. Tests never skip because the
// browser is missing: they fail with the command that installs it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
	return env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

export class ChromiumMissingError extends Error {
	constructor(path: string) {
		super(
			`Chromium not found at ${path}. Browser tests need it:\n` +
				`  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n` +
				`  or point the tests at another Chromium/Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test`
		);
		this.name = 'ChromiumMissingError';
	}
}

export function assertChromium(path = chromiumPath()): string {
	if (!existsSync(path)) throw new ChromiumMissingError(path);
	return path;
}

export interface LaunchedBrowser {
	context: BrowserContext;
	close(): Promise<void>;
}

/**
 * A fresh profile (--user-data-dir, which Playwright takes as the persistent context's
 * directory) each launch, with the flags that keep Chromium off the network.
 */
export async function launchChromium(
	viewport = { width: 1280, height: 900 }
): Promise<LaunchedBrowser> {
	const executablePath = assertChromium();
	const profile = mkdtempSync(join(tmpdir(), 'xf-chromium-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath,
		headless: true,
		viewport,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		]
	});
	return {
		context,
		async close() {
			await context.close();
			rmSync(profile, { recursive: true, force: true });
		}
	};
}
