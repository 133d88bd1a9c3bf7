import { describe, expect, it } from 'vitest';
import { sniff } from '../../../src/lib/extract/formats/sniff.ts';

const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('sniff', () => {
	it('names what the first bytes say', () => {
		expect(sniff(new Uint8Array())).toBe('empty');
		expect(sniff(bytes('%PDF-1.7\n'))).toBe('pdf');
		expect(sniff(bytes('\r\n\r\n%PDF-1.4\n'))).toBe('pdf');
		expect(sniff(bytes('PK\x03\x04....[Content_Types].xml....word/document.xml'))).toBe('docx');
		expect(sniff(bytes('PK\x03\x04....xl/workbook.xml'))).toBe('xlsx');
		expect(sniff(bytes('PK\x03\x04....ppt/presentation.xml'))).toBe('pptx');
		expect(sniff(bytes('PK\x03\x04....notes.txt'))).toBe('zip');
		expect(sniff(bytes('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1'))).toBe('ole');
		expect(sniff(bytes('{\\rtf1\\ansi'))).toBe('rtf');
		expect(sniff(bytes('\x89PNG\r\n'))).toBe('image');
		expect(sniff(new TextEncoder().encode('南岳区信访局2021年基本支出112.38万元'))).toBe('other');
	});
});
