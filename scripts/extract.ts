// The extraction contract (docs/DESIGN.md): one JSON object per input file, one per line, in
// input order; exit status 1 when any file had errors.
import { readFileSync } from 'node:fs';
import { extractReport, failed } from '../src/lib/extract/extract.ts';
import { readReportFile } from '../src/lib/extract/formats/read.ts';
import type { ExtractResult } from '../src/lib/extract/types.ts';

async function extractFile(file: string): Promise<ExtractResult> {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(file);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
		return failed([{ code: 'unreadable', message: `${file}: cannot be read (${code})` }]);
	}
	const read = await readReportFile(bytes, file);
	if (read.errors.length > 0) return failed(read.errors.map((e) => ({ ...e, message: `${file}: ${e.message}` })));
	return extractReport(read.text);
}

const files = process.argv.slice(2);
if (files.length === 0) {
	process.stderr.write('usage: npm run --silent extract -- FILE [FILE...]\n');
	process.exit(2);
}
let status = 0;
for (const file of files) {
	const r = await extractFile(file);
	if (r.errors.length > 0) status = 1;
	process.stdout.write(
		JSON.stringify({ file, report: r.report, facts: r.facts, checks: r.checks, warnings: r.warnings, errors: r.errors }) + '\n'
	);
}
process.exitCode = status;
