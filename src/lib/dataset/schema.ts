// The normalized tables (DESIGN.md "Normalized tables"). One definition serves ingest (which
// creates them), the tests (which read them back) and the SQL console's schema browser.

export interface ColumnDef {
	name: string;
	type: 'VARCHAR' | 'INTEGER' | 'DOUBLE' | 'BOOLEAN' | 'BIGINT';
	doc: string;
}

export interface TableDef {
	name: string;
	doc: string;
	columns: ColumnDef[];
	/** ORDER BY used when the table is written: facts sorted so filters skip row groups. */
	order?: string;
}

const c = (name: string, type: ColumnDef['type'], doc: string): ColumnDef => ({ name, type, doc });

export const REGIONS: TableDef = {
	name: 'regions',
	doc: 'GB/T 2260 regions (current vintage) with 2020 census population',
	columns: [
		c('code', 'VARCHAR', '6-digit GB/T 2260 code'),
		c('name', 'VARCHAR', 'name in the code list'),
		c('level', 'VARCHAR', 'province | prefecture | county | district'),
		c('parent_code', 'VARCHAR', 'code of the parent region (null for provinces)'),
		c('province_code', 'VARCHAR', 'code of the province'),
		c('prefecture_code', 'VARCHAR', 'code of the prefecture (null for provinces and their direct counties)'),
		c('functional_zone', 'BOOLEAN', 'NBS development/management zone code, not GB/T 2260'),
		c('population', 'BIGINT', 'resident population'),
		c('population_year', 'INTEGER', 'census year of the population'),
		c('population_source', 'VARCHAR', 'where the population comes from')
	],
	order: 'code'
};

export const BUREAUS: TableDef = {
	name: 'bureaus',
	doc: 'petition bodies, one row each; bureau_id stays the same across region renames',
	columns: [
		c('bureau_id', 'VARCHAR', 'stable id: region code, or region code and name for a unit under the bureau'),
		c('name', 'VARCHAR', 'name as written in its latest report'),
		c('region_code', 'VARCHAR', 'GB/T 2260 code (current vintage), null when ambiguous or unknown'),
		c('synthetic', 'BOOLEAN', 'true for generated scale-test data')
	],
	order: 'bureau_id'
};

export const REPORTS: TableDef = {
	name: 'reports',
	doc: 'one row per ingested report',
	columns: [
		c('report_key', 'INTEGER', 'small integer key used by facts'),
		c('report_id', 'VARCHAR', 'sha256 of the report text'),
		c('bureau_id', 'VARCHAR', 'bureau the report is about'),
		c('fiscal_year', 'INTEGER', 'year reported on'),
		c('doc_type', 'VARCHAR', 'final_accounts | performance_self_eval | budget | other'),
		c('title', 'VARCHAR', 'first line of the report'),
		c('source_file', 'VARCHAR', 'file name under data/raw'),
		c('parser_version', 'VARCHAR', 'extractor version that read it'),
		c('synthetic', 'BOOLEAN', 'true for generated scale-test data, never mixed with real reports')
	],
	order: 'report_key'
};

export const FACTS: TableDef = {
	name: 'facts',
	doc: 'one extracted number a row, each with the character range of its source sentence',
	columns: [
		c('fact_key', 'INTEGER', 'row key (reading order within a report)'),
		c('report_key', 'INTEGER', 'reports.report_key'),
		c('bureau_id', 'VARCHAR', 'bureaus.bureau_id'),
		c('region_code', 'VARCHAR', 'bureau region code, for sorting and filtering'),
		c('fiscal_year', 'INTEGER', 'year the number is about'),
		c('metric', 'VARCHAR', 'metric id (DESIGN.md vocabulary)'),
		c('econ_code', 'VARCHAR', 'economic classification code'),
		c('func_code', 'VARCHAR', 'functional classification code'),
		c('item_label', 'VARCHAR', 'project item name as written'),
		c('part', 'VARCHAR', 'basic | project | null'),
		c('phase', 'VARCHAR', 'actual | budget | adjusted_budget | prior_year'),
		c('scope', 'VARCHAR', 'all_funds | general_public_budget | null'),
		c('value', 'DOUBLE', 'the number, amounts in 万元'),
		c('value_text', 'VARCHAR', 'a value that is text (a grade such as 良)'),
		c('unit', 'VARCHAR', '万元, 人, 批, 人次, 件, %, 分'),
		c('period', 'VARCHAR', 'null for a whole year, else 2021-03 or 2021-Q1'),
		c('derived', 'VARCHAR', 'how a derived value was computed, null when stated'),
		c('src_start', 'INTEGER', 'start offset in the report text (UTF-16 code units)'),
		c('src_end', 'INTEGER', 'end offset in the report text'),
		c('rule', 'VARCHAR', 'extractor rule that produced it'),
		c('synthetic', 'BOOLEAN', 'true for generated scale-test data'),
		c('original_value', 'DOUBLE', 'the value as extracted when a correction (corrections table) replaced it; null otherwise')
	],
	order: 'metric, fiscal_year, region_code, bureau_id, fact_key'
};

/** Source text of each fact, kept out of the hot facts table (fetched when a source is opened). */
export const FACT_SOURCES: TableDef = {
	name: 'fact_sources',
	doc: 'where each fact was read: report_text[src_start:src_end]; sorted by fact_key so a lookup reads one row group',
	columns: [
		c('fact_key', 'INTEGER', 'facts.fact_key'),
		c('report_key', 'INTEGER', 'reports.report_key'),
		c('fiscal_year', 'INTEGER', 'year the fact is about'),
		c('src_start', 'INTEGER', 'start offset in the report text'),
		c('src_end', 'INTEGER', 'end offset in the report text'),
		c('src_text', 'VARCHAR', 'the source text as written')
	],
	order: 'fact_key'
};

export const REPORT_TEXTS: TableDef = {
	name: 'report_texts',
	doc: 'full text of each report after decoding and newline normalisation',
	columns: [
		c('report_key', 'INTEGER', 'reports.report_key'),
		c('text', 'VARCHAR', 'the text that offsets refer to')
	],
	order: 'report_key'
};

export const CHECKS: TableDef = {
	name: 'checks',
	doc: 'arithmetic checks of each report (parts add up to wholes)',
	columns: [
		c('report_key', 'INTEGER', 'reports.report_key'),
		c('check', 'VARCHAR', 'the relation checked'),
		c('scope', 'VARCHAR', 'scope of the figures'),
		c('fiscal_year', 'INTEGER', 'year of the figures'),
		c('phase', 'VARCHAR', 'phase of the figures'),
		c('expected', 'DOUBLE', 'the whole as stated'),
		c('actual', 'DOUBLE', 'the sum of the parts'),
		c('status', 'VARCHAR', 'ok | warn | fail'),
		c('message', 'VARCHAR', 'explanation')
	],
	order: 'report_key'
};

export const PROBLEMS: TableDef = {
	name: 'problems',
	doc: 'errors and warnings per input file: nothing is dropped silently',
	columns: [
		c('source_file', 'VARCHAR', 'file name under data/raw'),
		c('report_key', 'INTEGER', 'reports.report_key, null when the file could not be read as a report'),
		c('severity', 'VARCHAR', 'error | warning'),
		c('code', 'VARCHAR', 'machine-readable kind'),
		c('message', 'VARCHAR', 'what went wrong, in words'),
		c('src_start', 'INTEGER', 'offset where it happened, if any'),
		c('src_end', 'INTEGER', 'end offset, if any'),
		c('line', 'INTEGER', 'line in source_file, for problems of a CSV input such as data/corrections.csv')
	],
	order: 'source_file, severity, src_start, line'
};

/**
 * Every row of the corrections file (data/corrections.csv) and what ingest did with it. An
 * applied correction replaced facts.value (the extracted value is kept in facts.original_value
 * and here); any other status is also a row of `problems` naming the file and line.
 */
export const CORRECTIONS: TableDef = {
	name: 'corrections',
	doc: 'analysts\' corrections of misread numbers, applied at every ingest; one row per line of the corrections file',
	columns: [
		c('file', 'VARCHAR', 'the corrections file'),
		c('line', 'INTEGER', 'line in the file (the header is line 1)'),
		c('status', 'VARCHAR', 'applied | unmatched | ambiguous | duplicate | invalid'),
		c('report', 'VARCHAR', 'report as written in the file: source file name or report_id (or a prefix of it)'),
		c('report_id', 'VARCHAR', 'reports.report_id of the matched report, null when none matched'),
		c('fact_key', 'INTEGER', 'facts.fact_key of the corrected fact, null unless applied'),
		c('metric', 'VARCHAR', 'metric id of the fact'),
		c('fiscal_year', 'INTEGER', 'year of the fact, null: any'),
		c('phase', 'VARCHAR', 'phase of the fact, null: any'),
		c('scope', 'VARCHAR', 'scope of the fact, null: any'),
		c('part', 'VARCHAR', 'part of the fact, null: any'),
		c('econ_code', 'VARCHAR', 'economic classification code, null: any'),
		c('func_code', 'VARCHAR', 'functional classification code, null: any'),
		c('item_label', 'VARCHAR', 'project item as written, null: any'),
		c('at', 'INTEGER', 'a character offset inside the fact\'s source range, null: any'),
		c('was', 'DOUBLE', 'the extracted value the analyst saw, null: not checked'),
		c('original_value', 'DOUBLE', 'the value as extracted (null unless applied)'),
		c('value', 'DOUBLE', 'the right value, in the fact\'s unit (万元 for amounts)'),
		c('reason', 'VARCHAR', 'why the extracted value is wrong'),
		c('corrected_by', 'VARCHAR', 'who made the correction'),
		c('corrected_on', 'VARCHAR', 'when, as written (e.g. 2025-03-01)'),
		c('message', 'VARCHAR', 'what ingest did, in words')
	],
	order: 'file, line'
};

export const TABLES: TableDef[] = [
	REGIONS,
	BUREAUS,
	REPORTS,
	FACTS,
	FACT_SOURCES,
	REPORT_TEXTS,
	CHECKS,
	PROBLEMS,
	CORRECTIONS
];

export function createTableSql(t: TableDef, qualifier = ''): string {
	const cols = t.columns.map((col) => `"${col.name}" ${col.type}`).join(', ');
	return `CREATE TABLE ${qualifier}${t.name} (${cols})`;
}
