// Parquet for a query result, written in JS by hyparquet-writer: duckdb-wasm's npm build has no
// Parquet writer (COPY … (FORMAT parquet) asks to load the parquet extension, which comes from
// DuckDB's servers and so never reaches an offline intranet).
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { numberOf, textOf, type ExportColumn, type ExportTable } from './table.ts';

export const PARQUET_MIME = 'application/vnd.apache.parquet';

function column(c: ExportColumn, rows: Record<string, unknown>[]): ColumnSource {
	const values = rows.map((r) => r[c.name]);
	if (c.kind === 'integer')
		return { name: c.name, type: 'INT64', nullable: true, data: values.map((v) => (numberOf(v) === null ? null : BigInt(Math.trunc(numberOf(v)!)))) };
	if (c.kind === 'number') return { name: c.name, type: 'DOUBLE', nullable: true, data: values.map(numberOf) };
	if (c.kind === 'boolean')
		return { name: c.name, type: 'BOOLEAN', nullable: true, data: values.map((v) => (typeof v === 'boolean' ? v : null)) };
	return { name: c.name, type: 'STRING', nullable: true, data: values.map(textOf) };
}

/** The table as Parquet bytes (snappy, one row group per 100,000 rows). */
export function toParquet(table: ExportTable): Uint8Array {
	const buffer = parquetWriteBuffer({
		columnData: table.columns.map((c) => column(c, table.rows)),
		rowGroupSize: 100_000
	});
	return new Uint8Array(buffer);
}
