// One entry for every report file: bytes and a name in, report text (or located errors) out.
// The extension says how to read the file and the first bytes must agree; a file saved under
// the wrong name is named for what it is. Text files are decoded as written (src_text must show
// the report's own characters); text taken out of a .docx or .pdf is normalised (NFKC, radicals).
import { decodeReport } from '../decode.ts';
import type { Problem } from '../types.ts';
import { readDocx } from './docx.ts';
import { readPdf } from './pdf.ts';
import { normalizeExtracted } from './radicals.ts';
import { describe, sniff } from './sniff.ts';

export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.docx', '.pdf']);

export interface ReadReport {
	text: string;
	errors: Problem[];
}

export function extensionOf(fileName: string): string {
	const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

const fail = (code: string, message: string): ReadReport => ({ text: '', errors: [{ code, message }] });

export async function readReportFile(bytes: Uint8Array, fileName: string): Promise<ReadReport> {
	const ext = extensionOf(fileName);
	if (!REPORT_EXTENSIONS.has(ext))
		return fail('unsupported_format', `unsupported file type ${ext || '(no extension)'}: expected ${[...REPORT_EXTENSIONS].join(', ')}`);
	const kind = sniff(bytes);
	if (kind === 'empty') return fail('empty_file', 'the file is empty (0 bytes)');
	if (ext === '.txt') {
		if (kind !== 'other') return fail('not_text', `the file is ${describe(kind)}, not a text report: give it its proper extension`);
		const decoded = decodeReport(bytes);
		return { text: decoded.text, errors: decoded.errors };
	}
	if (ext === '.docx') {
		if (kind === 'docx') return normalized(await readDocx(bytes));
		if (kind === 'other') return fail('not_a_zip', 'the file is not a Word document: a .docx is a zip archive and this is text or an unknown format');
		return fail('not_a_docx', `the file is ${describe(kind)}, not a Word document (.docx)`);
	}
	if (kind === 'pdf') return normalized(await readPdf(bytes));
	return fail('not_a_pdf', `the file is ${describe(kind)}, not a PDF: it has no %PDF- header`);
}

function normalized(r: ReadReport): ReadReport {
	return r.errors.length > 0 ? r : { text: normalizeExtracted(r.text), errors: [] };
}
