// readReportFile on good and bad inputs: one named test per bad input, each error naming what
// the file really is or what is wrong with it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeReport } from '../../../src/lib/extract/decode.ts';
import { extensionOf, readReportFile } from '../../../src/lib/extract/formats/read.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const fixture = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'test', 'fixtures', 'formats', name)));
const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

function crc32(bytes: Uint8Array): number {
	let c = ~0;
	for (const b of bytes) {
		c ^= b;
		for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
	}
	return ~c >>> 0;
}

/** A zip with its files stored uncompressed. */
function zip(files: Record<string, string>): Uint8Array {
	const parts: number[] = [];
	const central: number[] = [];
	const u16 = (n: number) => [n & 0xff, (n >>> 8) & 0xff];
	const u32 = (n: number) => [...u16(n & 0xffff), ...u16(n >>> 16)];
	for (const [name, text] of Object.entries(files)) {
		const data = new TextEncoder().encode(text);
		const fname = [...new TextEncoder().encode(name)];
		const common = [...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0x21), ...u32(crc32(data)), ...u32(data.length), ...u32(data.length), ...u16(fname.length), ...u16(0)];
		central.push(...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(parts.length), ...fname);
		parts.push(...u32(0x04034b50), ...common, ...fname, ...data);
	}
	const n = Object.keys(files).length;
	const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(n), ...u16(n), ...u32(central.length), ...u32(parts.length), ...u16(0)];
	return new Uint8Array([...parts, ...central, ...end]);
}

/** A one-page PDF with nothing drawn on the page: a scan's page without its image. */
function blankPdf(): Uint8Array {
	const objects = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>'];
	let out = '%PDF-1.4\n';
	const offsets = objects.map((o, i) => {
		const at = out.length;
		out += `${i + 1} 0 obj\n${o}\nendobj\n`;
		return at;
	});
	const xref = out.length;
	out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return ascii(out);
}

describe('readReportFile', () => {
	it('reads a .txt as written, full-width digits and all', async () => {
		const bytes = new TextEncoder().encode('\uFEFF绥宁县信访局2023年基本支出2８万元\r\n');
		const read = await readReportFile(bytes, 'data/raw/x.TXT');
		expect(read).toEqual({ text: decodeReport(bytes).text, errors: [] });
		expect(read.text).toContain('2８万元');
	});

	it('normalises the text of a .docx and a .pdf', async () => {
		for (const name of ['nanyue-district-2021-performance.docx', 'nanyue-district-2021-performance.pdf']) {
			const read = await readReportFile(fixture(name), name);
			expect(read.errors).toEqual([]);
			expect(read.text).toContain('南岳区信访局');
			expect(read.text).not.toMatch(/[\r\u2E80-\u2FDF（），：０-９]/);
		}
	}, 30_000);

	it('takes the extension from the last dot of the file name, case aside', () => {
		expect(extensionOf('a/b.c/Report.PDF')).toBe('.pdf');
		expect(extensionOf('C:\\raw\\x.docx')).toBe('.docx');
		expect(extensionOf('.hidden')).toBe('');
		expect(extensionOf('README')).toBe('');
	});
});

describe('bad inputs', () => {
	it('a .pdf that is not a PDF', async () => {
		const read = await readReportFile(new TextEncoder().encode('南岳区信访局2021年基本支出112.38万元'), 'report.pdf');
		expect(read.text).toBe('');
		expect(read.errors.map((e) => e.code)).toEqual(['not_a_pdf']);
		expect(read.errors[0]!.message).toMatch(/not a PDF/);
	});

	it('a .docx that is not a zip', async () => {
		const read = await readReportFile(new TextEncoder().encode('南岳区信访局 report, saved as text'), 'report.docx');
		expect(read.errors.map((e) => e.code)).toEqual(['not_a_zip']);
		expect(read.errors[0]!.message).toMatch(/zip/);
	});

	it('a zip that is not a docx', async () => {
		const read = await readReportFile(zip({ 'notes.txt': '2021年基本支出112.38万元' }), 'report.docx');
		expect(read.errors.map((e) => e.code)).toEqual(['not_a_docx']);
		expect(read.errors[0]!.message).toMatch(/zip archive, not a Word document/);
	});

	it('a spreadsheet saved as .docx', async () => {
		const read = await readReportFile(zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }), 'report.docx');
		expect(read.errors.map((e) => e.code)).toEqual(['not_a_docx']);
		expect(read.errors[0]!.message).toMatch(/Excel workbook/);
	});

	it('an old binary .doc or .wps saved as .docx', async () => {
		const read = await readReportFile(ascii('\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + '\0'.repeat(504)), 'report.docx');
		expect(read.errors.map((e) => e.code)).toEqual(['not_a_docx']);
		expect(read.errors[0]!.message).toMatch(/\.doc/);
	});

	it('a broken .docx (a zip naming word/document.xml without it)', async () => {
		const read = await readReportFile(zip({ '[Content_Types].xml': '<Types/>', 'notes/word/document.xml.txt': 'x' }), 'report.docx');
		expect(read.errors.map((e) => e.code)).toEqual(['unreadable_docx']);
		expect(read.errors[0]!.message).toMatch(/Word document cannot be read/);
	});

	it('an empty .pdf', async () => {
		const read = await readReportFile(new Uint8Array(), 'report.pdf');
		expect(read.errors.map((e) => e.code)).toEqual(['empty_file']);
		expect(read.errors[0]!.message).toMatch(/empty/);
	});

	it('a .pdf with pages but no text layer', async () => {
		const read = await readReportFile(blankPdf(), 'scan.pdf');
		expect(read.errors.map((e) => e.code)).toEqual(['no_text_layer']);
		expect(read.errors[0]!.message).toMatch(/no text layer/);
	});

	it('a .pdf cut short after its header', async () => {
		const read = await readReportFile(ascii('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Cat'), 'cut.pdf');
		expect(read.errors.map((e) => e.code)).toEqual(['unreadable_pdf']);
		expect(read.errors[0]!.message).toMatch(/PDF cannot be read/);
	});

	it('a .txt that is really a PDF', async () => {
		const read = await readReportFile(fixture('lingling-district-2024-performance.pdf'), 'report.txt');
		expect(read.errors.map((e) => e.code)).toEqual(['not_text']);
		expect(read.errors[0]!.message).toMatch(/a PDF document, not a text report/);
	});

	it('a .txt that is really a Word document', async () => {
		const read = await readReportFile(fixture('lingling-district-2024-performance.docx'), 'report.txt');
		expect(read.errors.map((e) => e.code)).toEqual(['not_text']);
		expect(read.errors[0]!.message).toMatch(/Word document/);
	});

	it('a file type no reader takes', async () => {
		const read = await readReportFile(ascii('PK\x03\x04 xl/workbook.xml'), 'notes.xlsx');
		expect(read.errors.map((e) => e.code)).toEqual(['unsupported_format']);
		expect(read.errors[0]!.message).toMatch(/\.xlsx/);
	});
});

describe('the extract CLI on a good and a bad file', () => {
	it('prints a line for each, facts for the good one, and exits 1', () => {
		const dir = mkdtempSync(join(tmpdir(), 'extract-formats-'));
		const bad = join(dir, 'bad.pdf');
		writeFileSync(bad, '南岳区信访局 not a PDF');
		const good = join(ROOT, 'data', 'raw', 'nanyue-district-2021-performance.txt');
		const run = spawnSync('npm', ['run', '--silent', 'extract', '--', good, bad], { cwd: ROOT, encoding: 'utf8' });
		expect(run.status).toBe(1);
		const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
		expect(lines.map((l) => l.file)).toEqual([good, bad]);
		expect(lines[0].errors).toEqual([]);
		expect(lines[0].facts.length).toBeGreaterThan(0);
		expect(lines[1].facts).toEqual([]);
		expect(lines[1].errors.map((e: { code: string }) => e.code)).toEqual(['not_a_pdf']);
		expect(lines[1].errors[0].message).toContain(bad);
	}, 60_000);
});
