// data/raw -> read, extracted reports (.txt, .docx, .pdf). I/O lives here; reading and
// extraction are the shared pure modules. A file that cannot be read becomes a result with an
// error, never an exception, so one bad file cannot stop the others.
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { extractReport, failed } from '../../src/lib/extract/extract.ts';
import { readReportFile, REPORT_EXTENSIONS } from '../../src/lib/extract/formats/read.ts';
import type { ExtractResult } from '../../src/lib/extract/types.ts';
import type { ReportInput } from '../../src/lib/dataset/build.ts';

export { REPORT_EXTENSIONS };

/** A result with one error and no facts (the extractor's own shape for unreadable input). */
function failedWith(code: string, message: string): ExtractResult {
	return failed([{ code, message }]);
}

export async function readReport(path: string, name = path): Promise<ReportInput> {
	const ext = extname(path).toLowerCase();
	if (!REPORT_EXTENSIONS.has(ext))
		return {
			source_file: name,
			report_id: '',
			text: '',
			result: failedWith('unsupported_format', `${name}: 不支持的文件类型 ${ext || '(无扩展名)'} (unsupported file type; expected ${[...REPORT_EXTENSIONS].join(', ')})`)
		};
	let bytes: Uint8Array;
	try {
		bytes = await readFile(path);
	} catch (e) {
		return {
			source_file: name,
			report_id: '',
			text: '',
			result: failedWith('unreadable', `${name}: 无法读取文件 (${(e as Error).message})`)
		};
	}
	const read = await readReportFile(bytes, name);
	if (read.errors.length > 0) {
		const result = failedWith(read.errors[0]!.code, `${name}: ${read.errors[0]!.message}`);
		return { source_file: name, report_id: '', text: '', result };
	}
	const result = extractReport(read.text);
	for (const e of result.errors) if (!e.message.startsWith(name)) e.message = `${name}: ${e.message}`;
	const report_id = createHash('sha256').update(read.text).digest('hex');
	return { source_file: name, report_id, text: read.text, result };
}

/** Every file in dir (not hidden, not README), sorted by name so runs are reproducible. */
export async function readReports(dir: string): Promise<ReportInput[]> {
	const names = (await readdir(dir, { withFileTypes: true }))
		.filter((d) => d.isFile() && !d.name.startsWith('.') && !/^readme/i.test(d.name))
		.map((d) => d.name)
		.sort();
	const out: ReportInput[] = [];
	for (const name of names) out.push(await readReport(join(dir, name), name));
	return out;
}
