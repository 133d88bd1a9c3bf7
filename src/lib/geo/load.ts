// Fetching the boundary files: each once per page load (a promise cache keyed by URL), checked
// for shape, with an error that names the file. Only the map page imports this.
import { isGeoCollection, isGeoMeta, type GeoCollection, type GeoMeta } from './types.ts';

const cache = new Map<string, Promise<unknown>>();

async function fetchChecked<T>(url: URL, check: (x: unknown) => x is T, what: string): Promise<T> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`${what} ${url.pathname}: HTTP ${response.status}`);
	const body: unknown = await response.json().catch(() => null);
	if (!check(body)) throw new Error(`${what} ${url.pathname}: not the expected format`);
	return body;
}

function cached<T>(url: URL, check: (x: unknown) => x is T, what: string): Promise<T> {
	let p = cache.get(url.href) as Promise<T> | undefined;
	if (!p) {
		p = fetchChecked(url, check, what);
		// a failed fetch is not kept, so a retry fetches again
		p.catch(() => cache.delete(url.href));
		cache.set(url.href, p);
	}
	return p;
}

export function loadGeo(url: URL): Promise<GeoCollection> {
	return cached(url, isGeoCollection, 'GeoJSON');
}

export function loadGeoMeta(url: URL): Promise<GeoMeta> {
	return cached(url, isGeoMeta, 'geo meta');
}
