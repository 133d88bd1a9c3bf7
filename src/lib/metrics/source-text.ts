// The source viewer: one report's text with every fact read from it. SQL here; cutting the text
// into marked pieces (facts' ranges overlap: a table row gives basic, project and total at once)
// is pure, so the selected fact's range comes out as one piece whose text is exactly
// text.slice(src_start, src_end).
import type { Range } from '../url/source-link.ts';

export interface SourceReport {
	report_key: number;
	report_id: string;
	bureau_id: string;
	bureau_name: string | null;
	fiscal_year: number | null;
	doc_type: string | null;
	title: string | null;
	source_file: string;
	synthetic: boolean | null;
}

export interface SourceFact {
	fact_key: number;
	metric: string;
	fiscal_year: number | null;
	phase: string | null;
	scope: string | null;
	part: string | null;
	econ_code: string | null;
	func_code: string | null;
	item_label: string | null;
	value: number | null;
	value_text: string | null;
	unit: string | null;
	derived: string | null;
	original_value: number | null;
	correction_reason: string | null;
	corrected_by: string | null;
	corrected_on: string | null;
	src_start: number;
	src_end: number;
}

const hex = (ref: string) => ref.replace(/[^0-9a-f]/g, '');

export function reportByRefSql(ref: string): string {
	return `SELECT r.report_key, r.report_id, r.bureau_id, b.name AS bureau_name, r.fiscal_year, r.doc_type, r.title,
		r.source_file, r.synthetic
	FROM reports r LEFT JOIN bureaus b ON b.bureau_id = r.bureau_id
	WHERE starts_with(r.report_id, '${hex(ref)}')
	ORDER BY r.report_id LIMIT 10`;
}

export function reportTextSql(reportKey: number): string {
	return `SELECT text FROM report_texts WHERE report_key = ${Math.trunc(reportKey)}`;
}

/**
 * Every fact of the report. fact_sources is sorted by fact_key and a report's facts have
 * neighbouring keys, so the report_key filter reads a block or two; facts is joined on the
 * bureau too, which lets its scan skip the blocks of other regions.
 */
export function reportFactsSql(reportKey: number, bureauId: string): string {
	const k = Math.trunc(reportKey);
	return `SELECT f.fact_key, f.metric, f.fiscal_year, f.phase, f.scope, f.part, f.econ_code, f.func_code, f.item_label,
		f.value, f.value_text, f.unit, f.derived, f.original_value,
		c.reason AS correction_reason, c.corrected_by, c.corrected_on, s.src_start, s.src_end
	FROM fact_sources s
	JOIN facts f ON f.fact_key = s.fact_key AND f.report_key = ${k} AND f.bureau_id = '${bureauId.replaceAll("'", "''")}'
	LEFT JOIN corrections c ON c.fact_key = s.fact_key AND c.status = 'applied'
	WHERE s.report_key = ${k}
	ORDER BY s.src_start, s.src_end, f.fact_key`;
}

export interface Piece {
	start: number;
	end: number;
	/** indexes into the facts array of the facts covering this piece */
	facts: number[];
	/** facts whose range ends here (their label goes after this piece) */
	ending: number[];
}

export interface Pieces {
	before: Piece[];
	/** the selected range, cut by the other facts' boundaries; empty when nothing is selected */
	selected: Piece[];
	after: Piece[];
}

function cut(from: number, to: number, ranges: { start: number; end: number }[]): Piece[] {
	if (to <= from) return [];
	const stops = new Set([from, to]);
	for (const r of ranges) {
		if (r.start > from && r.start < to) stops.add(r.start);
		if (r.end > from && r.end < to) stops.add(r.end);
	}
	const xs = [...stops].sort((a, b) => a - b);
	const out: Piece[] = [];
	for (let i = 0; i + 1 < xs.length; i++) {
		const start = xs[i]!;
		const end = xs[i + 1]!;
		const facts: number[] = [];
		const ending: number[] = [];
		ranges.forEach((r, j) => {
			if (r.start < end && r.end > start) facts.push(j);
			if (r.end === end) ending.push(j);
		});
		out.push({ start, end, facts, ending });
	}
	return out;
}

/** The text cut at every fact boundary, the selected range kept whole between before and after. */
export function pieces(length: number, ranges: { start: number; end: number }[], selected: Range | null): Pieces {
	const sel = selected && selected.start < length ? { start: selected.start, end: Math.min(selected.end, length) } : null;
	if (!sel) return { before: cut(0, length, ranges), selected: [], after: [] };
	return {
		before: cut(0, sel.start, ranges),
		selected: cut(sel.start, sel.end, ranges),
		after: cut(sel.end, length, ranges)
	};
}
