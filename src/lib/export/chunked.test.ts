import { describe, expect, it } from 'vitest';
import { exportChunkedBlob } from './chunked.ts';
import { exportBlob } from './encode.ts';
import { toCsv } from './csv.ts';
import { readXlsx } from '../../../test/support/read-export.ts';
import type { ExportTable } from './table.ts';

const table: ExportTable = {
	columns: [
		{ name: 'code', kind: 'text' },
		{ name: 'name', kind: 'text' },
		{ name: 'n', kind: 'integer' }
	],
	rows: [
		{ code: '430400', name: '衡阳市', n: 3 },
		{ code: '430412', name: '南岳区, "二"', n: null },
		{ code: '430212', name: '第一行\n第二行', n: 7 }
	]
};

async function* chunks(...sizes: number[]) {
	let at = 0;
	for (const size of sizes) {
		yield table.rows.slice(at, at + size);
		at += size;
	}
}

describe('exportChunkedBlob', () => {
	it('writes the same CSV in chunks as toCsv writes at once, with the header for no rows', async () => {
		const blob = await exportChunkedBlob(table.columns, chunks(2, 0, 1), 'csv');
		expect(blob.type).toBe('text/csv;charset=utf-8');
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer())).toBe(toCsv(table));
		const empty = await exportChunkedBlob(table.columns, chunks(), 'csv');
		expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(await empty.arrayBuffer())).toBe('\uFEFFcode,name,n\r\n');
	});

	it('gathers the chunks into one table for XLSX and Parquet', async () => {
		const xlsx = await exportChunkedBlob(table.columns, chunks(1, 2), 'xlsx', 'query');
		const book = readXlsx(new Uint8Array(await xlsx.arrayBuffer()));
		expect(book.sheets.map((s) => s.name)).toEqual(['query']);
		expect(book.sheets[0]!.rows).toEqual([['code', 'name', 'n'], ...table.rows.map((r) => [r.code, r.name, r.n])]);
		const parquet = await exportChunkedBlob(table.columns, chunks(1, 2), 'parquet');
		expect(new Uint8Array(await parquet.arrayBuffer())).toEqual(new Uint8Array(await exportBlob(table, 'parquet').arrayBuffer()));
	});
});
