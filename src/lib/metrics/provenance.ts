// Where a number comes from: report file and the character range of its sentence.

/** A fact's correction, when data/corrections.csv replaced its value: the value as extracted,
 * why, who and when. Every view that lists a fact's sources shows it the same way. */
export interface FactCorrection {
	original_value?: number | null;
	correction_reason?: string | null;
	corrected_by?: string | null;
	corrected_on?: string | null;
}

export interface FactSource extends FactCorrection {
	fact_key: number;
	/** fact metric id, scope and value: which input of a derived number this is */
	metric?: string;
	scope?: string | null;
	value?: number | null;
	unit?: string | null;
	/** first 16 hex digits of the report's sha256: the source viewer's URL id */
	report_ref?: string;
	source_file: string;
	fiscal_year: number | null;
	report_year: number | null;
	src_start: number;
	src_end: number;
	src_text: string;
}

export function factSourcesSql(keys: number[]): string {
	const ids = [...new Set(keys.filter((k) => Number.isInteger(k)))];
	if (ids.length === 0) return 'SELECT NULL AS fact_key WHERE false';
	// fact_sources is sorted by fact_key: the IN filter reads only the row groups it needs,
	// never the hot facts table.
	return `SELECT s.fact_key, r.source_file, s.fiscal_year, r.fiscal_year AS report_year,
		s.src_start, s.src_end, s.src_text
	FROM fact_sources s JOIN reports r ON r.report_key = s.report_key
	WHERE s.fact_key IN (${ids.join(', ')})`;
}

/** One line for a tooltip or title: 「…」 hengyang.txt 第891–897字 */
export function describeSource(s: FactSource): string {
	return `「${s.src_text}」 ${s.source_file} 第${s.src_start}–${s.src_end}字`;
}
