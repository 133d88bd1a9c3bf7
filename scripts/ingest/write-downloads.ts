// The whole dataset as CSV (one file per table) and as one XLSX workbook, written at ingest with
// the same writers the browser uses for a view (src/lib/export). Streamed chunk by chunk, so the
// synthetic panel's 4 M facts never sit in memory as one string. A table that Excel cannot hold
// (over 1,048,575 rows, or a cell over 32,767 characters) is left out of the workbook, and its
// first sheet says which and why.
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { csvHeader, csvRow } from '../../src/lib/export/csv.ts';
import { writeXlsx, xlsxLimitOf, XLSX_MAX_ROWS, type XlsxSheetStream } from '../../src/lib/export/xlsx.ts';
import { kindOfSqlType, type ExportColumn, type ExportTable } from '../../src/lib/export/table.ts';
import type { DatasetDownloads } from '../../src/lib/db/manifest.ts';

export const DATASET_XLSX = 'dataset.xlsx';

export interface DownloadTable {
	name: string;
	select: string;
}

async function describe(conn: DuckDBConnection, select: string): Promise<ExportColumn[]> {
	const reader = await conn.runAndReadAll(`DESCRIBE ${select}`);
	return reader.getRowObjectsJS().map((r) => ({ name: String(r.column_name), kind: kindOfSqlType(String(r.column_type)) }));
}

async function* rowsOf(conn: DuckDBConnection, select: string): AsyncGenerator<Record<string, unknown>[]> {
	const result = await conn.stream(select);
	for await (const rows of result.yieldRowObjectJs()) yield rows as Record<string, unknown>[];
}

async function writeCsv(conn: DuckDBConnection, file: string, columns: ExportColumn[], select: string): Promise<void> {
	const out = createWriteStream(file);
	const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((ok) => out.once('drain', ok)));
	await write(csvHeader(columns));
	for await (const rows of rowsOf(conn, select)) {
		let chunk = '';
		for (const row of rows) chunk += csvRow(columns, row);
		await write(chunk);
	}
	await new Promise<void>((ok, fail) => out.end((e?: Error | null) => (e ? fail(e) : ok())));
}

export async function writeDownloads(conn: DuckDBConnection, dir: string, tables: DownloadTable[], counts: Record<string, number>): Promise<DatasetDownloads> {
	const csv: Record<string, string> = {};
	const sheets: XlsxSheetStream[] = [];
	const leftOut: DatasetDownloads['xlsx']['left_out'] = [];
	for (const t of tables) {
		const columns = await describe(conn, t.select);
		csv[t.name] = `${t.name}.csv`;
		await writeCsv(conn, join(dir, csv[t.name]!), columns, t.select);
		const n = counts[t.name] ?? 0;
		if (n + 1 > XLSX_MAX_ROWS) {
			leftOut.push({ table: t.name, reason: 'rows' });
			continue;
		}
		// a first pass for over-long cells (report texts), so the workbook is never left half-written
		let limit: 'rows' | 'cell' | null = null;
		for await (const rows of rowsOf(conn, t.select)) if ((limit = xlsxLimitOf({ columns, rows }))) break;
		if (limit) leftOut.push({ table: t.name, reason: limit });
		else sheets.push({ name: t.name, columns, batches: () => rowsOf(conn, t.select) });
	}
	const readme: ExportTable = {
		columns: [
			{ name: 'table', kind: 'text' },
			{ name: 'rows', kind: 'integer' },
			{ name: 'in_this_workbook', kind: 'boolean' },
			{ name: 'note', kind: 'text' }
		],
		rows: tables.map((t) => {
			const out = leftOut.find((l) => l.table === t.name);
			const note = !out
				? ''
				: out.reason === 'rows'
					? `超过 Excel 每表 ${XLSX_MAX_ROWS.toLocaleString('en')} 行上限，请用 ${t.name}.csv 或 ${t.name}.parquet (over Excel's row limit: use the CSV or Parquet file)`
					: `有单元格超过 Excel 的 32,767 字符上限，请用 ${t.name}.csv 或 ${t.name}.parquet (a cell exceeds Excel's 32,767 characters: use the CSV or Parquet file)`;
			return { table: t.name, rows: counts[t.name] ?? 0, in_this_workbook: !out, note };
		})
	};
	const out = createWriteStream(join(dir, DATASET_XLSX));
	const write = (c: Uint8Array) => (out.write(c) ? Promise.resolve() : new Promise<void>((ok) => out.once('drain', ok)));
	async function* readmeRows() {
		yield readme.rows;
	}
	await writeXlsx([{ name: 'README', columns: readme.columns, batches: readmeRows }, ...sheets], write);
	await new Promise<void>((ok, fail) => out.end((e?: Error | null) => (e ? fail(e) : ok())));
	return { csv, xlsx: { file: DATASET_XLSX, sheets: ['README', ...sheets.map((s) => s.name)], left_out: leftOut } };
}
