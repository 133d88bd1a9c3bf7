// The inline boot script must ask for the same data directory the layout computes, for every
// dataset, base path and data placement; otherwise the head start is lost (never a wrong answer).
import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { bootScript } from '../../src/lib/db/boot.ts';
import { DATASET_DIRS, dataUrlOf, datasetFrom, type DataPlacement } from '../../src/lib/db/dataset.ts';

const SAME_ORIGIN: DataPlacement = { defaultDataset: 'real', dataUrl: '' };
const REMOTE: DataPlacement = { defaultDataset: 'synth', dataUrl: 'http://data.example:9000/panel/data-synth' };

/** Run the boot script as a page at `href` would, with `assets` as SvelteKit writes it. */
function bootAt(href: string, assets: string, placement: DataPlacement) {
	const fetched: string[] = [];
	const window: { __xfBoot?: { url: string } } = {};
	runInNewContext(bootScript(placement), {
		window,
		location: new URL(href),
		URL,
		URLSearchParams,
		document: { currentScript: { dataset: { assets } } },
		fetch: (u: string) => {
			fetched.push(u);
			return Promise.resolve(null);
		}
	});
	return { url: window.__xfBoot?.url, fetched };
}

describe('data boot script', () => {
	it('fetches manifest.json and first-view.json of the directory the layout uses', () => {
		const cases: [string, string, string][] = [
			['http://intranet/', '.', ''],
			['http://intranet/compare/?year=2023', '..', ''],
			['http://intranet/xinfang/trends/?data=synth', '..', '/xinfang'],
			['http://intranet/xinfang/?data=real&lang=en', '.', '/xinfang']
		];
		for (const [href, assets, base] of cases) {
			const here = new URL(href);
			const id = datasetFrom(here.searchParams, SAME_ORIGIN.defaultDataset);
			const layout = dataUrlOf(id, base, DATASET_DIRS, SAME_ORIGIN, href);
			const { url, fetched } = bootAt(href, assets, SAME_ORIGIN);
			expect(url).toBe(layout);
			expect(fetched).toEqual([layout + 'manifest.json', layout + 'first-view.json']);
		}
		expect(bootAt('http://intranet/xinfang/map/?data=synth', '..', SAME_ORIGIN).url).toBe('http://intranet/xinfang/data-synth/');
	});

	it('reads the default dataset from the configured data host, and only that one', () => {
		expect(bootAt('http://site.example/', '.', REMOTE).url).toBe('http://data.example:9000/panel/data-synth/');
		// a dataset picked by name in the URL stays beside the site
		expect(bootAt('http://site.example/?data=real', '.', REMOTE).url).toBe('http://site.example/data/');
		// a URL parameter cannot name a host
		expect(bootAt('http://site.example/?data=http://evil.example/', '.', REMOTE).url).toBe('http://data.example:9000/panel/data-synth/');
	});
});
