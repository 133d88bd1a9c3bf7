// A minimal OOXML workbook (one sheet per table, inline strings, numbers as numbers, the header
// row frozen), zipped with fflate. Excel's limits are checked before writing, not discovered by
// the user: 1,048,576 rows a sheet (header included) and 32,767 characters a cell.
import { Zip, ZipDeflate, zipSync, strToU8 } from 'fflate';
import { numberOf, textOf, type ExportColumn, type ExportTable } from './table.ts';

export const XLSX_MAX_ROWS = 1_048_576;
export const XLSX_MAX_CELL = 32_767;
export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface XlsxSheet {
	name: string;
	table: ExportTable;
}

export type XlsxLimit = 'rows' | 'cell';

export class XlsxLimitError extends Error {
	readonly limit: XlsxLimit;
	readonly sheet: string;
	constructor(limit: XlsxLimit, sheet: string, message: string) {
		super(message);
		this.name = 'XlsxLimitError';
		this.limit = limit;
		this.sheet = sheet;
	}
}

export function isXlsxLimitError(e: unknown): e is XlsxLimitError {
	return e instanceof XlsxLimitError;
}

/** Which of Excel's limits a table breaks, or null when it fits on one sheet. */
export function xlsxLimitOf(table: ExportTable): XlsxLimit | null {
	if (table.rows.length + 1 > XLSX_MAX_ROWS) return 'rows';
	for (const row of table.rows)
		for (const c of table.columns) {
			const v = row[c.name];
			if (typeof v !== 'number' && (textOf(v)?.length ?? 0) > XLSX_MAX_CELL) return 'cell';
		}
	return null;
}

// XML 1.0 allows tab, LF, CR and characters from U+0020 up (minus surrogates handled by the
// encoder and U+FFFE/U+FFFF); other control characters would make Excel refuse the file.
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(s: string): string {
	return s
		.replace(INVALID_XML, '')
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

export function columnLetters(index: number): string {
	let n = index + 1;
	let s = '';
	while (n > 0) {
		const r = (n - 1) % 26;
		s = String.fromCharCode(65 + r) + s;
		n = Math.floor((n - 1) / 26);
	}
	return s;
}

function cell(ref: string, v: unknown, numeric: boolean): string {
	if (numeric) {
		const n = numberOf(v);
		if (n !== null) return `<c r="${ref}"><v>${n}</v></c>`;
	}
	if (typeof v === 'boolean') return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
	const s = textOf(v);
	if (s === null) return '';
	return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(s)}</t></is></c>`;
}

const SHEET_HEAD =
	'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
	'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
	'<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
	'<sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** Writes a sheet's rows as XML, numbered from 2 (row 1 is the header). */
function sheetRows(columns: ExportColumn[]) {
	const letters = columns.map((_, i) => columnLetters(i));
	const numeric = columns.map((c) => c.kind === 'integer' || c.kind === 'number');
	return {
		header: `<row r="1">${columns.map((c, i) => cell(`${letters[i]}1`, c.name, false)).join('')}</row>`,
		row: (row: Record<string, unknown>, n: number) =>
			`<row r="${n}">${columns.map((c, i) => cell(`${letters[i]}${n}`, row[c.name], numeric[i]!)).join('')}</row>`
	};
}

// A sheet's XML in pieces of about a megabyte: a large sheet as one string would pass V8's
// string length limit.
function* sheetPieces(columns: ExportColumn[], rows: Iterable<Record<string, unknown>>, first = 2): Generator<string> {
	const w = sheetRows(columns);
	let buf = '';
	let n = first;
	for (const row of rows) {
		buf += w.row(row, n++);
		if (buf.length > 1 << 20) {
			yield buf;
			buf = '';
		}
	}
	if (buf) yield buf;
}

function concat(chunks: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the book. */
export function sheetName(name: string, taken: Set<string>): string {
	const clean = name.replace(/[[\]:*?/\\]/g, '_').replace(/^'|'$/g, '').slice(0, 31) || 'Sheet';
	let out = clean;
	for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${clean.slice(0, 31 - String(i).length - 1)}_${i}`;
	taken.add(out.toLowerCase());
	return out;
}

const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

function checkLimits(sheets: XlsxSheet[]): void {
	for (const s of sheets) {
		const limit = xlsxLimitOf(s.table);
		if (limit === 'rows')
			throw new XlsxLimitError('rows', s.name, `${s.name}: ${s.table.rows.length} rows exceed Excel's ${XLSX_MAX_ROWS - 1} data rows a sheet`);
		if (limit === 'cell') throw new XlsxLimitError('cell', s.name, `${s.name}: a cell exceeds Excel's ${XLSX_MAX_CELL} characters`);
	}
}

/** The parts of the package other than the sheets. */
function packageParts(sheetNames: string[]): Record<string, Uint8Array> {
	const taken = new Set<string>();
	const names = sheetNames.map((n) => sheetName(n, taken));
	return {
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
				'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
				'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
				'<Default Extension="xml" ContentType="application/xml"/>' +
				'<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
				'<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
				names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
				'</Types>'
		),
		'_rels/.rels': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS_PKG}">` +
				`<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		),
		'xl/workbook.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS_REL}"><sheets>` +
				names.map((n, i) => `<sheet name="${xmlEscape(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
				'</sheets></workbook>'
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${NS_PKG}">` +
				names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
				`<Relationship Id="rId${names.length + 1}" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`
		),
		'xl/styles.xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
				'<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
				'<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
				'<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
				'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
				'<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
				'</styleSheet>'
		)
	};
}

/** The workbook as .xlsx bytes. Throws XlsxLimitError when a sheet would not fit in Excel. */
export function toXlsx(sheets: XlsxSheet[]): Uint8Array {
	if (sheets.length === 0) throw new Error('toXlsx: no sheet');
	checkLimits(sheets);
	const files = packageParts(sheets.map((s) => s.name));
	sheets.forEach((s, i) => {
		const chunks = [strToU8(SHEET_HEAD + sheetRows(s.table.columns).header)];
		for (const piece of sheetPieces(s.table.columns, s.table.rows)) chunks.push(strToU8(piece));
		chunks.push(strToU8(SHEET_TAIL));
		files[`xl/worksheets/sheet${i + 1}.xml`] = concat(chunks);
	});
	return zipSync(files, { level: 6 });
}

export interface XlsxSheetStream {
	name: string;
	columns: ExportColumn[];
	/** batches of rows, checked by the caller against Excel's limits beforehand */
	batches: () => AsyncIterable<Record<string, unknown>[]>;
}

/** The workbook streamed: sheets read batch by batch, zipped as they come (for large tables). */
export async function writeXlsx(sheets: XlsxSheetStream[], write: (chunk: Uint8Array) => Promise<void>): Promise<void> {
	const pending: Uint8Array[] = [];
	let failed: Error | null = null;
	let done = false;
	const zip = new Zip((err, data, final) => {
		if (err) failed = err;
		else pending.push(data);
		if (final) done = true;
	});
	const flush = async () => {
		if (failed) throw failed;
		while (pending.length) await write(pending.shift()!);
	};
	for (const [path, bytes] of Object.entries(packageParts(sheets.map((s) => s.name)))) {
		const f = new ZipDeflate(path, { level: 6 });
		zip.add(f);
		f.push(bytes, true);
	}
	for (const [i, s] of sheets.entries()) {
		const f = new ZipDeflate(`xl/worksheets/sheet${i + 1}.xml`, { level: 6 });
		zip.add(f);
		f.push(strToU8(SHEET_HEAD + sheetRows(s.columns).header));
		let n = 2;
		for await (const batch of s.batches()) {
			for (const piece of sheetPieces(s.columns, batch, n)) f.push(strToU8(piece));
			n += batch.length;
			await flush();
		}
		f.push(strToU8(SHEET_TAIL), true);
		await flush();
	}
	zip.end();
	await flush();
	if (!done) throw new Error('writeXlsx: the zip did not finish');
}
