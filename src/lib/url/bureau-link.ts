// The link to a bureau's profile: one prerendered page, the bureau in the query string
// (/bureau/?id=430400), keeping the dataset and language of the current view.
export function bureauQuery(id: string, current: URLSearchParams = new URLSearchParams()): string {
	const p = new URLSearchParams({ id });
	for (const k of ['data', 'lang']) {
		const v = current.get(k);
		if (v) p.set(k, v);
	}
	return `?${p.toString()}`;
}

/** `${base}/bureau/?id=…` for a link from any page (base from $app/paths). */
export function bureauHref(base: string, id: string, current?: URLSearchParams): string {
	return `${base}/bureau/${bureauQuery(id, current)}`;
}

/** bureauHref for the rows of a table: the dataset and language read from the URL once. */
export function bureauHrefs(base: string, current?: URLSearchParams): (id: string) => string {
	const keep = bureauQuery('', current).slice('?id='.length);
	return (id) => `${base}/bureau/?${new URLSearchParams({ id }).toString()}${keep}`;
}

/** A query string with the bureaus as a readable list: ?metric=…&bureaus=430400,430412 */
export function queryWithBureaus(params: URLSearchParams, ids: string[]): string {
	const p = new URLSearchParams(params);
	p.delete('bureaus');
	const rest = p.toString();
	const list = ids.length ? `bureaus=${ids.map(encodeURIComponent).join(',')}` : '';
	const s = [rest, list].filter(Boolean).join('&');
	return s ? `?${s}` : '';
}

export function trendsHref(base: string, ids: string[], current: URLSearchParams = new URLSearchParams()): string {
	const p = new URLSearchParams();
	for (const k of ['data', 'lang']) {
		const v = current.get(k);
		if (v) p.set(k, v);
	}
	return `${base}/trends/${queryWithBureaus(p, ids)}`;
}
