import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
	it('starts with a BOM, ends lines with CRLF and quotes only what needs it', () => {
		const csv = toCsv(['name', 'value', 'note'], [
			{ name: '衡阳市信访局', value: 53.95, note: 'a, "b"' },
			{ name: '零陵区信访局', value: null, note: 'line\nbreak' }
		]);
		expect(csv).toBe('\uFEFFname,value,note\r\n衡阳市信访局,53.95,"a, ""b"""\r\n零陵区信访局,,"line\nbreak"\r\n');
	});

	it('writes lists and structs as JSON', () => {
		expect(toCsv(['x'], [{ x: [1, 2] }])).toBe('\uFEFFx\r\n"[1,2]"\r\n');
	});
});
