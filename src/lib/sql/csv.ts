// CSV for Excel and WPS: UTF-8 with a byte-order mark (without it Excel reads Chinese as
// mojibake), CRLF line ends, fields quoted when they hold a comma, quote or line break.
import type { Value } from '../db/types.ts';

export const BOM = '\uFEFF';

function field(v: Value | undefined): string {
	if (v === null || v === undefined) return '';
	const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
	return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvLine(values: (Value | undefined)[]): string {
	return values.map(field).join(',') + '\r\n';
}

/** A whole CSV text: BOM, header line, one line a row. */
export function toCsv(columns: string[], rows: Record<string, Value>[]): string {
	return BOM + csvLine(columns) + rows.map((r) => csvLine(columns.map((c) => r[c]))).join('');
}
