import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../src/lib/extract/decode.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeReport', () => {
	it('reads UTF-8 with and without BOM and normalises newlines', () => {
		expect(decodeReport(utf8('信访局\r\n2021年\r')).text).toBe('信访局\n2021年\n');
		expect(decodeReport(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('信访')])).text).toBe('信访');
	});

	it('reads UTF-16 with a BOM', () => {
		const s = '编制5人';
		const le = new Uint8Array(2 + s.length * 2);
		le[0] = 0xff;
		le[1] = 0xfe;
		for (let i = 0; i < s.length; i++) {
			le[2 + i * 2] = s.charCodeAt(i) & 0xff;
			le[3 + i * 2] = s.charCodeAt(i) >> 8;
		}
		expect(decodeReport(le)).toMatchObject({ text: s, encoding: 'utf-16le', errors: [] });
	});

	it('falls back to GB18030 when the bytes are not UTF-8', () => {
		// 信访局 in GB18030
		const gb = new Uint8Array([0xd0, 0xc5, 0xb7, 0xc3, 0xbe, 0xd6]);
		expect(decodeReport(gb)).toMatchObject({ text: '信访局', encoding: 'gb18030', errors: [] });
	});

	it('reports binary content as an error', () => {
		expect(decodeReport(new Uint8Array([0x41, 0x00, 0x42])).errors[0]!.code).toBe('binary');
	});
});
