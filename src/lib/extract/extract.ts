// The entry point: report text (decoded, newlines normalised) -> report fields, facts, checks,
// warnings and errors. Pure: the browser runs the same code as the CLI.
import { runChecks } from './checks.ts';
import { makeContext, warn } from './context.ts';
import { dedupe } from './facts.ts';
import { econNarrativeFacts } from './econNarrative.ts';
import { funcNarrativeFacts } from './funcNarrative.ts';
import { readIdentity } from './identity.ts';
import { perfFacts } from './perf.ts';
import { petitionFacts } from './petition.ts';
import { priorYearFacts } from './priorYear.ts';
import { spendingFacts } from './spending.ts';
import { staffingFacts } from './staffing.ts';
import { tableFacts } from './tableFacts.ts';
import type { ExtractResult, Problem, ReportInfo } from './types.ts';

export const PARSER_VERSION = '0.1.0';

export function emptyReport(): ReportInfo {
	return {
		bureau_name: null,
		region_code: null,
		province: null,
		prefecture: null,
		admin_level: null,
		fiscal_year: null,
		doc_type: null,
		is_petition_body: null
	};
}

/** A result that carries only errors: the file could not be read as a report. */
export function failed(errors: Problem[], report: ReportInfo = emptyReport()): ExtractResult {
	return { report, facts: [], checks: [], warnings: [], errors };
}

export function extractReport(text: string): ExtractResult {
	if (text.trim() === '') return failed([{ code: 'empty', message: 'the text is empty' }]);
	const { report, warnings } = readIdentity(text);
	const ctx = makeContext(text, report.fiscal_year, report.doc_type);
	if (ctx.numbers.length === 0) {
		return failed([{ code: 'no_numbers', message: 'the text holds no numbers: not a report' }], report);
	}
	if (/[0-9０-９][\s\u3000]*$/.test(text.slice(-40)))
		warn(ctx, 'truncated', 'the text ends in a number: it may be cut off, and that number is not read', text.trimEnd().length - 1, text.length);
	const sentences = spendingFacts(ctx);
	const facts = dedupe([
		...staffingFacts(ctx),
		...sentences,
		...priorYearFacts(ctx, sentences),
		...funcNarrativeFacts(ctx),
		...econNarrativeFacts(ctx),
		...petitionFacts(ctx),
		...perfFacts(ctx),
		...tableFacts(ctx, report.doc_type)
	]);
	if (facts.length === 0 && report.bureau_name === null && report.doc_type === null) {
		return failed([{ code: 'not_a_report', message: 'no bureau, no kind of report and no facts found' }], report);
	}
	return { report, facts, checks: runChecks(facts), warnings: [...warnings, ...ctx.warnings], errors: [] };
}
