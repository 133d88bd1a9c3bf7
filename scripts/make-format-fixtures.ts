// data/raw/*.txt -> test/fixtures/formats/<name>.docx and .pdf, so the readers are tested on
// documents whose facts are known. Tables (tab rows or one cell per line, as findTables reads
// them) become real tables: a Word table in the .docx, an HTML table printed by Chromium in the
// .pdf, so neither reader gets tabs for free.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import {
	BorderStyle,
	Document,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import { decodeReport } from '../src/lib/extract/decode.ts';
import { findTables } from '../src/lib/extract/tables.ts';
import { launchChromium } from './browser/chromium.ts';

const ROOT = join(import.meta.dirname, '..');
const RAW = join(ROOT, 'data', 'raw');
const OUT = join(ROOT, 'test', 'fixtures', 'formats');

/** A cell is its lines as written (a cell wrapped onto untabbed lines keeps them apart). */
type Cell = string[];
type Block = { kind: 'line'; text: string } | { kind: 'table'; rows: Cell[][] };

/** The text's lines, with each table as findTables reads it, rows padded to the widest. */
function layout(text: string): Block[] {
	const blocks: Block[] = [];
	let pos = 0;
	const prose = (to: number) => {
		if (to <= pos) return;
		for (const line of text.slice(pos, to).replace(/\n$/, '').split('\n'))
			blocks.push({ kind: 'line', text: line });
	};
	for (const t of findTables(text)) {
		prose(t.start);
		const rows = t.rows.map((r) =>
			r.map((c): Cell => (c.text === '' ? [] : text.slice(c.start, c.end).split(/\s*\n\s*/)))
		);
		const width = Math.max(...rows.map((r) => r.length));
		const pad = (r: Cell[]) => [...r, ...Array.from({ length: width - r.length }, (): Cell => [])];
		blocks.push({ kind: 'table', rows: rows.map(pad) });
		pos = text.indexOf('\n', t.end) + 1 || text.length;
	}
	prose(text.length);
	return blocks;
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin };
const paragraph = (text: string) => new Paragraph({ children: [new TextRun(text)] });

/** One paragraph per line; a table cell holds a paragraph per line of the cell. */
function docxOf(blocks: Block[]): Document {
	const children = blocks.map((b) => {
		if (b.kind === 'line') return paragraph(b.text);
		const cell = (c: Cell) => new TableCell({ children: (c.length ? c : ['']).map(paragraph) });
		const rows = b.rows.map((r) => new TableRow({ children: r.map(cell) }));
		return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, borders, rows });
	});
	return new Document({ creator: 'make-format-fixtures', sections: [{ children }] });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Like a report printed from Word: paragraphs a little apart, tables with thin borders and
// cells centred vertically, wide tables on landscape pages.
const CSS = `
@page { size: A4; margin: 18mm 16mm; }
@page wide { size: A4 landscape; margin: 14mm 12mm; }
body { font: 10.5pt/1.5 'Noto Serif CJK SC', 'Noto Sans CJK SC', serif; margin: 0; }
p { margin: 0 0 3pt; min-height: 1.5em; }
table { border-collapse: collapse; margin: 6pt 0; font-size: 9pt; line-height: 1.3; }
table.wide { page: wide; }
td { border: 0.75pt solid #000; padding: 1pt 5pt; vertical-align: middle; }
`;

function htmlOf(blocks: Block[], title: string): string {
	const body = blocks.map((b) => {
		if (b.kind === 'line') return `<p>${esc(b.text.trim())}</p>`;
		const wide = b.rows[0]!.length >= 6 ? ' class="wide"' : '';
		const td = (c: Cell) => `<td>${c.map(esc).join('<br>')}</td>`;
		const rows = b.rows.map((r) => `<tr>${r.map(td).join('')}</tr>`);
		return `<table${wide}>${rows.join('\n')}</table>`;
	});
	const head = `<meta charset="utf-8"><title>${esc(title)}</title><style>${CSS}</style>`;
	return `<!doctype html><html lang="zh-CN"><head>${head}</head><body>\n${body.join('\n')}\n</body></html>`;
}

// Regenerating must give the same bytes, so the fixtures change only when the texts do: the
// .docx is packed at a fixed clock (its properties and zip entries carry dates), and Chromium's
// dates in the .pdf are overwritten with one of the same length.
const FIXED = Date.UTC(2024, 0, 1);

async function atFixedTime<T>(f: () => Promise<T>): Promise<T> {
	const RealDate = Date;
	class FixedDate extends RealDate {
		constructor(...args: unknown[]) {
			super(...((args.length ? args : [FIXED]) as [number]));
		}
		static override now() {
			return FIXED;
		}
	}
	globalThis.Date = FixedDate as DateConstructor;
	try {
		return await f();
	} finally {
		globalThis.Date = RealDate;
	}
}

function fixPdfDates(pdf: Buffer): Buffer {
	const fixed = pdf.toString('latin1').replace(/\(D:\d{14}/g, '(D:20240101000000');
	return Buffer.from(fixed, 'latin1');
}

async function main() {
	process.env.TZ = 'UTC';
	mkdirSync(OUT, { recursive: true });
	const names = readdirSync(RAW).filter((f) => f.endsWith('.txt')).sort();
	const browser = await launchChromium();
	try {
		const page = await browser.context.newPage();
		for (const name of names) {
			const decoded = decodeReport(readFileSync(join(RAW, name)));
			if (decoded.errors.length > 0) throw new Error(`${name}: ${decoded.errors[0]!.message}`);
			const blocks = layout(decoded.text);
			const stem = basename(name, '.txt');
			const docx = await atFixedTime(() => Packer.toBuffer(docxOf(blocks)));
			writeFileSync(join(OUT, `${stem}.docx`), docx);
			await page.setContent(htmlOf(blocks, stem), { waitUntil: 'load' });
			await page.evaluate(() => document.fonts.ready);
			const pdf = await page.pdf({ preferCSSPageSize: true });
			writeFileSync(join(OUT, `${stem}.pdf`), fixPdfDates(pdf));
			process.stderr.write(`${stem}: .docx, .pdf\n`);
		}
	} finally {
		await browser.close();
	}
}

await main();
