// exportBlob for a table that arrives in chunks (the SQL console re-runs its statement and reads
// the result batch by batch). CSV is written as the chunks come, so only its text is kept and a
// large result never exists as row objects all at once; the XLSX and Parquet writers take a
// whole table, so their rows are gathered first.
import { CSV_MIME, csvHeader, csvRow } from './csv.ts';
import { exportBlob } from './encode.ts';
import type { ExportFormat } from './filename.ts';
import type { ExportColumn } from './table.ts';

type Rows = Record<string, unknown>[];

/** The file's contents; XLSX throws XlsxLimitError when the table does not fit in Excel. */
export async function exportChunkedBlob(columns: ExportColumn[], chunks: AsyncIterable<Rows>, format: ExportFormat, sheet = 'data'): Promise<Blob> {
	if (format === 'csv') {
		const parts = [csvHeader(columns)];
		for await (const rows of chunks) parts.push(rows.map((r) => csvRow(columns, r)).join(''));
		return new Blob(parts, { type: CSV_MIME });
	}
	const rows: Rows = [];
	for await (const chunk of chunks) for (const r of chunk) rows.push(r);
	return exportBlob({ columns, rows }, format, sheet);
}
