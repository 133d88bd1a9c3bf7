import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { columnLetters, sheetName, toXlsx, writeXlsx, xlsxLimitOf, XLSX_MAX_ROWS, isXlsxLimitError } from './xlsx.ts';
import { readXlsx } from '../../../test/support/read-export.ts';
import type { ExportTable } from './table.ts';

const table: ExportTable = {
	columns: [
		{ name: 'bureau_id', kind: 'text' },
		{ name: '单位', kind: 'text' },
		{ name: 'fiscal_year', kind: 'integer' },
		{ name: '基本支出', kind: 'number' },
		{ name: 'computed', kind: 'boolean' }
	],
	rows: [
		{ bureau_id: '430400', 单位: '衡阳市信访局', fiscal_year: 2023, 基本支出: 811.64, computed: false },
		{ bureau_id: '430412', 单位: '<南岳区> & "信访"\n第二行', fiscal_year: 2021, 基本支出: null, computed: true },
		{ bureau_id: '0123', 单位: 'bad\u0001char', fiscal_year: null, 基本支出: 1e-7, computed: null }
	]
};

describe('xlsx', () => {
	it('is a zip with the OOXML parts Excel needs', () => {
		const files = unzipSync(toXlsx([{ name: '比较', table }]));
		expect(Object.keys(files).sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
		expect(strFromU8(files['xl/workbook.xml']!)).toContain('<sheet name="比较" sheetId="1" r:id="rId1"/>');
	});

	it('writes numbers as numbers and codes as text, Chinese and escapes intact', () => {
		const sheet = strFromU8(unzipSync(toXlsx([{ name: 'data', table }]))['xl/worksheets/sheet1.xml']!);
		expect(sheet).toContain('<c r="A2" t="inlineStr"><is><t xml:space="preserve">430400</t></is></c>');
		expect(sheet).toContain('<c r="C2"><v>2023</v></c><c r="D2"><v>811.64</v></c><c r="E2" t="b"><v>0</v></c>');
		expect(sheet).toContain('&lt;南岳区&gt; &amp; &quot;信访&quot;\n第二行');
		const book = readXlsx(toXlsx([{ name: 'data', table }]));
		expect(book.sheets[0]!.rows).toEqual([
			['bureau_id', '单位', 'fiscal_year', '基本支出', 'computed'],
			['430400', '衡阳市信访局', 2023, 811.64, false],
			['430412', '<南岳区> & "信访"\n第二行', 2021, null, true],
			['0123', 'badchar', null, 1e-7, null]
		]);
	});

	it('refuses a sheet past Excel\'s row limit before writing it', () => {
		const big: ExportTable = { columns: [{ name: 'n', kind: 'integer' }], rows: new Array(XLSX_MAX_ROWS).fill({ n: 1 }) };
		expect(xlsxLimitOf(big)).toBe('rows');
		expect(xlsxLimitOf({ ...big, rows: big.rows.slice(1) })).toBe(null);
		let err: unknown;
		try {
			toXlsx([{ name: 'facts', table: big }]);
		} catch (e) {
			err = e;
		}
		expect(isXlsxLimitError(err) && err.limit).toBe('rows');
		expect(xlsxLimitOf({ columns: [{ name: 't', kind: 'text' }], rows: [{ t: 'x'.repeat(32_768) }] })).toBe('cell');
	});

	it('names columns and sheets as Excel does', () => {
		expect([0, 25, 26, 27, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
		const taken = new Set<string>();
		expect(sheetName('a/b:c', taken)).toBe('a_b_c');
		expect(sheetName('A_B_C', taken)).toBe('A_B_C_2');
		expect(sheetName('x'.repeat(40), taken)).toHaveLength(31);
	});
});

describe('writeXlsx (streamed)', () => {
	it('writes the same cells as toXlsx, batch by batch', async () => {
		const chunks: Uint8Array[] = [];
		async function* batches() {
			yield table.rows.slice(0, 1);
			yield table.rows.slice(1);
		}
		await writeXlsx([{ name: 'data', columns: table.columns, batches }], async (c) => void chunks.push(c));
		const bytes = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
		let at = 0;
		for (const c of chunks) bytes.set(c, (at += c.length) - c.length);
		expect(readXlsx(bytes)).toEqual(readXlsx(toXlsx([{ name: 'data', table }])));
	});
});
