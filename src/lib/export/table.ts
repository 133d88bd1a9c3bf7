// The shape every writer takes: named, typed columns and rows keyed by column name. Pages, the
// SQL console and ingest build one from query results; the writers never see SQL.

export type ColumnKind = 'text' | 'integer' | 'number' | 'boolean';

export interface ExportColumn {
	name: string;
	kind: ColumnKind;
}

export interface ExportTable {
	columns: ExportColumn[];
	rows: Record<string, unknown>[];
}

/** The kind of a DuckDB column type (DESCRIBE's column_type); lists and structs are text (JSON). */
export function kindOfSqlType(type: string): ColumnKind {
	const t = type.toUpperCase();
	if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT)$/.test(t)) return 'integer';
	if (/^(FLOAT|DOUBLE|REAL)$/.test(t) || t.startsWith('DECIMAL')) return 'number';
	if (t === 'BOOLEAN') return 'boolean';
	return 'text';
}

/** Columns guessed from the values, for rows that come without a schema. */
export function inferColumns(rows: Record<string, unknown>[]): ExportColumn[] {
	const names = [...new Set(rows.flatMap((r) => Object.keys(r)))];
	return names.map((name) => {
		const values = rows.map((r) => r[name]).filter((v) => v !== null && v !== undefined);
		let kind: ColumnKind = 'text';
		if (values.length && values.every((v) => typeof v === 'boolean')) kind = 'boolean';
		else if (values.length && values.every((v) => typeof v === 'number' || typeof v === 'bigint'))
			kind = values.every((v) => typeof v === 'bigint' || Number.isInteger(v)) ? 'integer' : 'number';
		return { name, kind };
	});
}

/** A value as text for CSV and XLSX: nested values as JSON, no value as null. */
export function textOf(v: unknown): string | null {
	if (v === null || v === undefined) return null;
	if (typeof v === 'string') return v;
	if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
	if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
	if (v instanceof Date) return v.toISOString();
	return JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? Number(x) : x));
}

/** A numeric cell's value, or null when it is none (text in a number column stays text). */
export function numberOf(v: unknown): number | null {
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (typeof v === 'bigint') return Number(v);
	return null;
}
