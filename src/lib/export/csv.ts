// CSV as Excel and WPS open it: UTF-8 with a byte-order mark (without one they read Chinese as
// GBK), RFC 4180 quoting, CRLF line ends. Line-level functions let ingest stream large tables.
// Text from a report is not trusted to stay text: a text cell that Excel or WPS would read as a
// formula (= + - @, or a tab or CR first) is written with an apostrophe before it, which both
// show as text and hide (OWASP's advice on CSV injection). Number columns are written as is.
import { textOf, type ExportColumn, type ExportTable } from './table.ts';

export const CSV_BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(v: unknown): string {
	const s = textOf(v) ?? '';
	return NEEDS_QUOTES.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(values: unknown[]): string {
	return values.map(csvField).join(',') + '\r\n';
}

export function csvHeader(columns: ExportColumn[]): string {
	return CSV_BOM + csvLine(columns.map((c) => c.name));
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell as a spreadsheet will not run it: "=1+2" -> "'=1+2". */
export function formulaSafe(v: unknown): unknown {
	return typeof v === 'string' && FORMULA_START.test(v) ? `'${v}` : v;
}

export function csvRow(columns: ExportColumn[], row: Record<string, unknown>): string {
	return csvLine(columns.map((c) => (c.kind === 'text' ? formulaSafe(row[c.name]) : row[c.name])));
}

/** The whole table as one string, BOM first. */
export function toCsv(table: ExportTable): string {
	let out = csvHeader(table.columns);
	for (const row of table.rows) out += csvRow(table.columns, row);
	return out;
}
