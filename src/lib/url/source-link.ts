// The source viewer's URL: /sources/<ref>/?at=<start>-<end>. ref is the first 16 hex digits of
// the report's sha256 (reports.report_id), so a link survives re-ingest (report_key does not)
// and, unlike a file name, a renamed file; at is the fact's range in that text, which the same
// text and extractor reproduce. The dataset and language of the current view travel along.

export const REF_LENGTH = 16;
const REF = /^[0-9a-f]{8,64}$/;

export interface Range {
	start: number;
	end: number;
}

export function reportRef(reportId: string): string {
	return reportId.slice(0, REF_LENGTH);
}

export function isReportRef(s: string | null | undefined): s is string {
	return !!s && REF.test(s);
}

export function parseAt(s: string | null): Range | null {
	const m = /^(\d{1,9})-(\d{1,9})$/.exec(s ?? '');
	if (!m) return null;
	const start = Number(m[1]);
	const end = Number(m[2]);
	return end > start ? { start, end } : null;
}

export function sourceQuery(range: Range | null, current: URLSearchParams = new URLSearchParams()): string {
	const p = new URLSearchParams();
	for (const k of ['data', 'lang']) {
		const v = current.get(k);
		if (v) p.set(k, v);
	}
	if (range) p.set('at', `${range.start}-${range.end}`);
	const s = p.toString();
	return s ? `?${s}` : '';
}

/** `${base}/sources/<ref>/?at=…` (base from $app/paths). */
export function sourceHref(base: string, ref: string, range: Range | null, current?: URLSearchParams): string {
	return `${base}/sources/${reportRef(ref)}/${sourceQuery(range, current)}`;
}

/** sourceHref for the many numbers of one table: the dataset and language are read from the
 * URL once, not once a link. */
export function sourceHrefs(base: string, current?: URLSearchParams): (ref: string, range: Range) => string {
	const keep = sourceQuery(null, current);
	const at = keep ? `${keep}&at=` : '?at=';
	return (ref, range) => `${base}/sources/${reportRef(ref)}/${at}${range.start}-${range.end}`;
}
