// One call from a table to a file's bytes in any of the three formats (saving it: save.ts). The
// SQL console uses it as the pages do.
import { CSV_MIME, toCsv } from './csv.ts';
import { XLSX_MIME, toXlsx } from './xlsx.ts';
import { PARQUET_MIME, toParquet } from './parquet.ts';
import type { ExportFormat } from './filename.ts';
import type { ExportTable } from './table.ts';

/** The file's contents; XLSX throws XlsxLimitError when the table does not fit in Excel. */
export function exportBlob(table: ExportTable, format: ExportFormat, sheet = 'data'): Blob {
	if (format === 'csv') return new Blob([toCsv(table)], { type: CSV_MIME });
	if (format === 'xlsx') return new Blob([toXlsx([{ name: sheet, table }]) as BlobPart], { type: XLSX_MIME });
	return new Blob([toParquet(table) as BlobPart], { type: PARQUET_MIME });
}
