// Links between pages keep the dataset and language (and filters) of the current view.
/** The bureau profile: /bureau/?id=… (a query parameter, so every bureau of any dataset works
 * in a fully static build). */
export function bureauHref(base: string, id: string, search = ''): string {
	const p = new URLSearchParams(search);
	p.delete('peer');
	p.set('id', id);
	return `${base}/bureau/?${p.toString()}`;
}
