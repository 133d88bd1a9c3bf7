// What the first bytes say a file is, whatever its name says: a report saved under the wrong
// extension must be named for what it is, not read as garbage.

export type Sniffed =
	| 'empty'
	| 'pdf'
	| 'docx'
	| 'xlsx'
	| 'pptx'
	| 'odf'
	| 'zip'
	| 'ole'
	| 'rtf'
	| 'image'
	| 'other';

const NAMES: Record<Sniffed, string> = {
	empty: 'an empty file',
	pdf: 'a PDF document',
	docx: 'a Word document (.docx)',
	xlsx: 'an Excel workbook (.xlsx)',
	pptx: 'a PowerPoint presentation (.pptx)',
	odf: 'an OpenDocument file (.odt/.ods)',
	zip: 'a zip archive',
	ole: 'an old Office/WPS binary document (.doc, .xls or .wps)',
	rtf: 'an RTF document',
	image: 'an image',
	other: 'text or an unknown format'
};

export function describe(kind: Sniffed): string {
	return NAMES[kind];
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PNG = [0x89, 0x50, 0x4e, 0x47];
const JPEG = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, sig: number[], at = 0): boolean {
	return sig.every((b, i) => bytes[at + i] === b);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
	let s = '';
	for (let i = from; i < Math.min(to, bytes.length); i++) s += String.fromCharCode(bytes[i]!);
	return s;
}

function contains(bytes: Uint8Array, needle: string): boolean {
	const n = [...needle].map((c) => c.charCodeAt(0));
	outer: for (let i = 0; i + n.length <= bytes.length; i++) {
		for (let j = 0; j < n.length; j++) if (bytes[i + j] !== n[j]) continue outer;
		return true;
	}
	return false;
}

/** Part names are stored uncompressed in a zip's headers, so a plain scan finds them. */
function zipKind(bytes: Uint8Array): Sniffed {
	if (contains(bytes, 'word/document.xml')) return 'docx';
	if (contains(bytes, 'xl/workbook.xml')) return 'xlsx';
	if (contains(bytes, 'ppt/presentation.xml')) return 'pptx';
	const odf = ascii(bytes, 30, 38) === 'mimetype' && contains(bytes.subarray(0, 200), 'opendocument');
	return odf ? 'odf' : 'zip';
}

export function sniff(bytes: Uint8Array): Sniffed {
	if (bytes.length === 0) return 'empty';
	// a PDF may carry up to 1 KB of junk before its header
	if (ascii(bytes, 0, 1024).includes('%PDF-')) return 'pdf';
	if (startsWith(bytes, ZIP) || startsWith(bytes, EMPTY_ZIP)) return zipKind(bytes);
	if (startsWith(bytes, OLE)) return 'ole';
	if (ascii(bytes, 0, 5) === '{\\rtf') return 'rtf';
	if (startsWith(bytes, PNG) || startsWith(bytes, JPEG) || ascii(bytes, 0, 4) === 'GIF8') return 'image';
	return 'other';
}
