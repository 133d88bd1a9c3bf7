// Starts the site's database once, in the browser only: the manifest and the small first-view
// summary first (the landing chart draws from it at once), then DuckDB-WASM in its worker.
// Used by the layouts that show data (the app's pages, embeds).
import { BUILD_PLACEMENT, DATASET_DIRS, dataUrlOf, datasetFrom, fetchJson } from './dataset.ts';
import { bootFetches } from './boot.ts';
import { FIRST_VIEW_FILE, isManifest } from './manifest.ts';
import type { DbState } from './context.ts';

export function initialDbState(): DbState {
	return {
		dataset: 'real',
		progress: { phase: 'download', fraction: null, message: '正在加载数据…' },
		client: null,
		manifest: null,
		firstView: null,
		error: null
	};
}

/** The data directory of the dataset a page shows (beside the site, or on the build's data host). */
export function dataDirectory(db: DbState, base: string): URL {
	return new URL(dataUrlOf(db.dataset, base, DATASET_DIRS, BUILD_PLACEMENT, location.href));
}

/** Fills `db` (a $state object) as loading proceeds; marks <html data-db-ready> for tests. */
export async function startDb(db: DbState, base: string): Promise<void> {
	try {
		db.dataset = datasetFrom(new URLSearchParams(location.search), BUILD_PLACEMENT.defaultDataset);
		const dataUrl = dataDirectory(db, base);
		// begun by the inline boot script in <head> when it asked for the same directory
		const started = bootFetches(dataUrl.href);
		const [manifest, firstView] = await Promise.all([
			fetchJson(new URL('manifest.json', dataUrl), '数据清单 manifest.json', isManifest, started?.manifest),
			fetchJson(new URL(FIRST_VIEW_FILE, dataUrl), '首屏摘要 first-view.json', (x): x is unknown => x !== null, started?.firstView)
		]);
		db.manifest = manifest;
		db.firstView = firstView;
		const { openBrowserDb } = await import('./duckdb-browser.ts');
		const opened = await openBrowserDb(dataUrl.href, manifest, (p) => (db.progress = p));
		db.client = opened.client;
		performance.mark('db-ready');
		document.documentElement.dataset.dbReady = 'true';
	} catch (e) {
		db.error = e instanceof Error ? e.message : String(e);
		db.progress = { phase: 'error', fraction: null, message: '数据库加载失败' };
		document.documentElement.dataset.dbReady = 'error';
	}
}
