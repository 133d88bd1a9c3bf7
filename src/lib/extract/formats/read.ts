// One entry for every report file: bytes and a name in, report text (or located errors) out.
// The extension says how to read the file and the first bytes must agree; a file saved under
// the wrong name is named for what it is. Text files are decoded as written (src_text must show
// the report's own characters); text taken out of a .docx or .pdf is normalised (NFKC, radicals).
// The readers are loaded when a file needs them: pdf.js and mammoth weigh megabytes in a page.
import { decodeReport } from '../decode.ts';
import type { Problem } from '../types.ts';
import { normalizeExtracted } from './radicals.ts';
import { describe, sniff } from './sniff.ts';

export const REPORT_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.docx', '.pdf']);

/** What every reader gives: the text, or errors and no text. */
export interface ReadReport {
	text: string;
	errors: Problem[];
}

export function extensionOf(fileName: string): string {
	const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
	const base = fileName.slice(slash + 1);
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

const fail = (code: string, message: string): ReadReport => ({ text: '', errors: [{ code, message }] });

function normalized(r: ReadReport): ReadReport {
	return r.errors.length > 0 ? r : { text: normalizeExtracted(r.text), errors: [] };
}

export async function readReportFile(bytes: Uint8Array, fileName: string): Promise<ReadReport> {
	const ext = extensionOf(fileName);
	if (!REPORT_EXTENSIONS.has(ext)) {
		const expected = [...REPORT_EXTENSIONS].join(', ');
		return fail('unsupported_format', `unsupported file type ${ext || '(no extension)'}: expected ${expected}`);
	}
	const kind = sniff(bytes);
	if (kind === 'empty') return fail('empty_file', 'the file is empty (0 bytes)');
	const is = `the file is ${describe(kind)}`;
	if (ext === '.txt') {
		if (kind !== 'other') return fail('not_text', `${is}, not a text report: give it its proper extension`);
		const decoded = decodeReport(bytes);
		return { text: decoded.text, errors: decoded.errors };
	}
	if (ext === '.docx') {
		if (kind === 'docx') return normalized(await (await import('./docx.ts')).readDocx(bytes));
		if (kind === 'other') return fail('not_a_zip', `${is}, not a Word document: a .docx is a zip archive`);
		return fail('not_a_docx', `${is}, not a Word document (.docx)`);
	}
	if (kind === 'pdf') return normalized(await (await import('./pdf.ts')).readPdf(bytes));
	return fail('not_a_pdf', `${is}, not a PDF: it has no %PDF- header`);
}
