// The SQL console shows the dataset as its canonical Parquet tables (the files listed in the
// manifest), not the browser's internal layout: each becomes a view over the attached database
// file, joining back what the hot tables leave out (scripts/ingest/write-tables.ts writes the
// Parquet files with the same SELECTs).
import { TABLES, type ColumnDef } from '../dataset/schema.ts';

export interface SchemaTable {
	name: string;
	columns: { name: string; type: string }[];
}

const CANONICAL_SELECT: Record<string, string> = {
	facts: `SELECT r.report_id, f.*, s.src_text
		FROM {db}.facts f JOIN {db}.reports r ON r.report_key = f.report_key JOIN {db}.fact_sources s ON s.fact_key = f.fact_key`,
	report_texts: `SELECT r.report_id, t.report_key, t.text FROM {db}.report_texts t JOIN {db}.reports r USING (report_key)`
};

/** Table names of the Parquet files in the manifest, in the manifest's order. */
export function canonicalTables(files: Record<string, number>): string[] {
	return Object.keys(files)
		.filter((f) => /^[a-z_]+\.parquet$/.test(f))
		.map((f) => f.slice(0, -'.parquet'.length));
}

/** CREATE VIEW statements that show each canonical table in the main schema. */
export function canonicalViewsSql(tables: string[], db: string): string[] {
	return tables.map((t) => {
		const select = (CANONICAL_SELECT[t] ?? `SELECT * FROM {db}.${t}`).replaceAll('{db}', db);
		return `CREATE VIEW main.${t} AS ${select}`;
	});
}

const EXTRA_DOCS: Record<string, Record<string, string>> = {
	facts: { report_id: 'sha256 of the report text (reports.report_id)', src_text: 'the source text as written: report_texts.text[src_start:src_end]' },
	report_texts: { report_id: 'reports.report_id' },
	bureau_year: {
		bureau_id: 'bureaus.bureau_id',
		fiscal_year: 'year',
		total: 'comparison total spending (万元), scope in total_scope',
		total_computed: 'true when total = basic + project (no stated total)',
		spend_per_staff: 'total ÷ staff_actual (万元/人)',
		sources: 'where the staffing, basic, project and total values were read: fact, metric, scope, value, file, report_ref, offsets, text, correction',
		sources_more: 'the same for the other comparison facts (personnel, three-public, petitions, score, last year’s total)',
		total_prev_facts: 'facts of total_prev (last year’s total in this year’s scope)'
	}
};

const TABLE_DOCS: Record<string, string> = {
	bureau_year: 'one row per bureau and year: comparison values of the key metrics (built at ingest from facts)'
};

/** The documentation of a table and its columns, from the dataset schema. */
export function tableDoc(table: string): { doc: string; columns: Map<string, string> } {
	const def = TABLES.find((t) => t.name === table);
	const columns = new Map<string, string>((def?.columns ?? []).map((c: ColumnDef) => [c.name, c.doc]));
	for (const [k, v] of Object.entries(EXTRA_DOCS[table] ?? {})) if (!columns.has(k)) columns.set(k, v);
	return { doc: def?.doc ?? TABLE_DOCS[table] ?? '', columns };
}
