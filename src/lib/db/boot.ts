// The two small data files every page starts with (manifest.json, first-view.json) are requested
// by an inline script in the page's <head>, before the app's modules have arrived: on a cold load
// that is about half a second before the layout could ask for them, and the first chart waits on
// them. The layout takes these responses when they are for the URL it wants, else fetches anew,
// so a mismatch costs a request, never a wrong answer.
import { BUILD_PLACEMENT, DATASET_DIRS, dataUrlOf, datasetFrom, type DataPlacement } from './dataset.ts';
import { FIRST_VIEW_FILE } from './manifest.ts';

export interface BootFetches {
	/** the data directory the fetches are for */
	url: string;
	manifest: Promise<Response>;
	firstView: Promise<Response>;
}

/** Runs in the page, serialised by bootScript(): only globals and its arguments. */
function boot(
	pick: typeof datasetFrom,
	urlOf: typeof dataUrlOf,
	dirs: typeof DATASET_DIRS,
	placement: DataPlacement,
	firstViewFile: string
): void {
	try {
		const script = document.currentScript as HTMLScriptElement | null;
		const assets = script?.dataset.assets ?? '.';
		const siteBase = new URL(assets, location.href).pathname.replace(/\/$/, '');
		const id = pick(new URLSearchParams(location.search), placement.defaultDataset);
		const url = urlOf(id, siteBase, dirs, placement, location.href);
		window.__xfBoot = { url, manifest: fetch(url + 'manifest.json'), firstView: fetch(url + firstViewFile) };
	} catch {
		// the layout fetches the files itself
	}
}

/** The inline script, for src/hooks.server.ts to write into every prerendered page. */
export function bootScript(placement: DataPlacement = BUILD_PLACEMENT): string {
	const args = [datasetFrom, dataUrlOf, JSON.stringify(DATASET_DIRS), JSON.stringify(placement), JSON.stringify(FIRST_VIEW_FILE)];
	return `(${boot})(${args.join(',')})`;
}

/** The boot fetches, when they are for `url`. */
export function bootFetches(url: string): BootFetches | null {
	const b = typeof window === 'undefined' ? undefined : window.__xfBoot;
	return b && b.url === url ? b : null;
}
