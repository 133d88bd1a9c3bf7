import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv.ts';
import { parseCsvRecords } from '../../../test/support/read-export.ts';

describe('csv', () => {
	const table = {
		columns: [
			{ name: 'bureau_id', kind: 'text' as const },
			{ name: '单位', kind: 'text' as const },
			{ name: 'value', kind: 'number' as const },
			{ name: 'ok', kind: 'boolean' as const },
			{ name: 'sources', kind: 'text' as const }
		],
		rows: [
			{ bureau_id: '430400', 单位: '衡阳市信访局', value: 811.64, ok: true, sources: [{ file: 'a.txt', n: 1n }] },
			{ bureau_id: '430412', 单位: '南岳区"信访"局, 二科', value: null, ok: false, sources: null },
			{ bureau_id: '430212', 单位: '第一行\n第二行\r\n第三行', value: -0.5, ok: null, sources: 'x' }
		]
	};

	it('starts with a UTF-8 byte-order mark and ends every record with CRLF', () => {
		const csv = toCsv(table);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
		expect(csv.slice(1, csv.indexOf('\r\n'))).toBe('bureau_id,单位,value,ok,sources');
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('quotes commas, quotes and newlines as RFC 4180 says, and reads back the same', () => {
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('a\nb')).toBe('"a\nb"');
		expect(csvField('plain 中文')).toBe('plain 中文');
		expect(csvField(null)).toBe('');
		expect(csvField(Number.NaN)).toBe('');
		const records = parseCsvRecords(toCsv(table).slice(1));
		expect(records).toEqual([
			['bureau_id', '单位', 'value', 'ok', 'sources'],
			['430400', '衡阳市信访局', '811.64', 'true', '[{"file":"a.txt","n":1}]'],
			['430412', '南岳区"信访"局, 二科', '', 'false', ''],
			['430212', '第一行\n第二行\r\n第三行', '-0.5', '', 'x']
		]);
	});

	it('writes a header for an empty result', () => {
		expect(toCsv({ columns: [{ name: 'a', kind: 'text' }], rows: [] })).toBe('\uFEFFa\r\n');
	});

	it('writes text a spreadsheet would run as a formula with an apostrophe first, numbers as they are', () => {
		const csv = toCsv({
			columns: [
				{ name: 'item', kind: 'text' },
				{ name: 'value', kind: 'number' }
			],
			rows: [
				{ item: '=HYPERLINK("http://x","点击")', value: -12.5 },
				{ item: '+1+2', value: 3 },
				{ item: '-2+3+cmd', value: 0 },
				{ item: '@SUM(A1)', value: null },
				{ item: '\t=1', value: null },
				{ item: '办公费', value: 1.5 }
			]
		});
		expect(parseCsvRecords(csv.slice(1))).toEqual([
			['item', 'value'],
			['\'=HYPERLINK("http://x","点击")', '-12.5'],
			["'+1+2", '3'],
			["'-2+3+cmd", '0'],
			["'@SUM(A1)", ''],
			["'\t=1", ''],
			['办公费', '1.5']
		]);
	});
});

