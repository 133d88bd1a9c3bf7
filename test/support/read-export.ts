// Readers for the downloaded files, independent of the writers: a CSV parser that keeps quoted
// newlines, and an XLSX reader that unzips the book and reads each sheet's cells (inline or
// shared strings, numbers, booleans) by their references.
import { strFromU8, unzipSync } from 'fflate';

export function parseCsvRecords(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"' && field === '') quoted = true;
		else if (ch === ',') row.push(field), (field = '');
		else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(field), rows.push(row), (row = []), (field = ''), i++;
		} else if (ch === '\n') throw new Error(`bare LF outside quotes at ${i}`);
		else field += ch;
	}
	if (field !== '' || row.length) throw new Error('last record has no CRLF');
	return rows;
}

export type CellValue = string | number | boolean | null;

export interface XlsxBook {
	sheets: { name: string; rows: CellValue[][] }[];
}

const unescapeXml = (s: string) =>
	s.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&apos;', "'").replaceAll('&amp;', '&');

function colIndex(ref: string): number {
	let n = 0;
	for (const ch of ref.match(/^[A-Z]+/)![0]) n = n * 26 + (ch.charCodeAt(0) - 64);
	return n - 1;
}

export function readXlsx(bytes: Uint8Array): XlsxBook {
	const files = unzipSync(bytes);
	const text = (p: string) => (files[p] ? strFromU8(files[p]!) : null);
	const shared = [...(text('xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) =>
		[...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1]!)).join('')
	);
	const workbook = text('xl/workbook.xml')!;
	const rels = text('xl/_rels/workbook.xml.rels')!;
	const targets = new Map([...rels.matchAll(/<Relationship [^>]*Id="([^"]+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
	const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map((m) => {
		const xml = text(`xl/${targets.get(m[2]!)!.replace(/^\/?xl\//, '')}`)!;
		const rows: CellValue[][] = [];
		for (const r of xml.matchAll(/<row [^>]*r="(\d+)"[^>]*>([\s\S]*?)<\/row>/g)) {
			const row: CellValue[] = [];
			for (const c of r[2]!.matchAll(/<c r="([A-Z]+\d+)"([^>]*)>([\s\S]*?)<\/c>/g)) {
				const type = /t="(\w+)"/.exec(c[2]!)?.[1];
				const v = /<v>([\s\S]*?)<\/v>/.exec(c[3]!)?.[1];
				let value: CellValue;
				if (type === 'inlineStr') value = [...c[3]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => unescapeXml(t[1]!)).join('');
				else if (type === 's') value = shared[Number(v)]!;
				else if (type === 'b') value = v === '1';
				else if (type === 'str') value = unescapeXml(v ?? '');
				else value = v === undefined ? null : Number(v);
				row[colIndex(c[1]!)] = value;
			}
			rows[Number(r[1]) - 1] = Array.from(row, (x) => (x === undefined ? null : x));
		}
		const width = Math.max(0, ...rows.map((r) => r?.length ?? 0));
		return { name: unescapeXml(m[1]!), rows: Array.from(rows, (r) => Array.from({ length: width }, (_, i) => r?.[i] ?? null)) };
	});
	return { sheets };
}
