// Extraction results -> rows of the normalized tables. Pure: ingest (Node) feeds it files read
// from data/raw, and the browser can feed it a dropped report. Problems never stop the others:
// a report that cannot join the dataset is recorded in `problems` with the reason.
import type { ExtractResult } from '../extract/types.ts';
import { bureauId } from './bureau-id.ts';
import { PARSER_VERSION } from '../extract/extract.ts';

export { PARSER_VERSION };

export interface ReportInput {
	source_file: string;
	/** sha256 of the text, hex */
	report_id: string;
	text: string;
	result: ExtractResult;
	synthetic?: boolean;
}

export type Row = Record<string, string | number | boolean | null>;

export interface Dataset {
	bureaus: Row[];
	reports: Row[];
	facts: Row[];
	fact_sources: Row[];
	report_texts: Row[];
	checks: Row[];
	problems: Row[];
	/** lines of the corrections file and what became of them (corrections.ts) */
	corrections: Row[];
}

function problem(
	source_file: string,
	report_key: number | null,
	severity: 'error' | 'warning',
	code: string,
	message: string,
	src_start: number | null = null,
	src_end: number | null = null
): Row {
	return { source_file, report_key, severity, code, message, src_start, src_end };
}

/** Why a report that was read cannot join the comparison, or null when it can. */
function exclusion(input: ReportInput): { code: string; message: string } | null {
	const { report } = input.result;
	if (report.is_petition_body === false)
		return {
			code: 'not_petition_body',
			message: `${report.bureau_name ?? '该单位'}不是信访机构，报告未纳入比较 (not a petition body's report; kept out of the dashboard)`
		};
	if (!report.bureau_name && !report.region_code)
		return {
			code: 'no_bureau',
			message: '未能识别单位名称或行政区划 (no bureau name or region found in the text)'
		};
	return null;
}

export function buildDataset(inputs: ReportInput[]): Dataset {
	const out: Dataset = {
		bureaus: [],
		reports: [],
		facts: [],
		fact_sources: [],
		report_texts: [],
		checks: [],
		problems: [],
		corrections: []
	};
	const bureaus = new Map<string, Row>();
	const seen = new Map<string, string>();
	// Keys follow the sorted hash so that re-ingesting the same files gives the same keys.
	const ordered = [...inputs].sort((a, b) =>
		a.report_id === b.report_id
			? a.source_file.localeCompare(b.source_file)
			: a.report_id < b.report_id
				? -1
				: 1
	);
	let reportKey = 0;
	let factKey = 0;
	for (const input of ordered) {
		const { source_file, result } = input;
		if (result.errors.length > 0) {
			for (const e of result.errors)
				out.problems.push(
					problem(source_file, null, 'error', e.code, e.message, e.src_start, e.src_end)
				);
			continue;
		}
		const earlier = seen.get(input.report_id);
		if (earlier) {
			out.problems.push(
				problem(source_file, null, 'warning', 'duplicate_report', `与 ${earlier} 内容相同，已跳过 (same text as ${earlier}; skipped)`)
			);
			continue;
		}
		seen.set(input.report_id, source_file);
		const excluded = exclusion(input);
		if (excluded) {
			out.problems.push(problem(source_file, null, 'error', excluded.code, excluded.message));
			continue;
		}
		const { report } = result;
		const bid = bureauId(report.bureau_name, report.region_code) as string;
		const key = ++reportKey;
		const existing = bureaus.get(bid);
		if (!existing || Number(existing.latest_year ?? 0) <= (report.fiscal_year ?? 0)) {
			bureaus.set(bid, {
				bureau_id: bid,
				name: report.bureau_name,
				region_code: report.region_code,
				synthetic: input.synthetic ?? false,
				latest_year: report.fiscal_year
			});
		}
		out.reports.push({
			report_key: key,
			report_id: input.report_id,
			bureau_id: bid,
			fiscal_year: report.fiscal_year,
			doc_type: report.doc_type,
			title: input.text.split('\n').find((l) => l.trim())?.trim().slice(0, 200) ?? null,
			source_file,
			parser_version: PARSER_VERSION,
			synthetic: input.synthetic ?? false
		});
		out.report_texts.push({ report_key: key, text: input.text });
		for (const f of result.facts) {
			const fk = ++factKey;
			out.facts.push({
				fact_key: fk,
				report_key: key,
				bureau_id: bid,
				region_code: report.region_code,
				fiscal_year: f.fiscal_year,
				metric: f.metric,
				econ_code: f.econ_code,
				func_code: f.func_code,
				item_label: f.item_label,
				part: f.part,
				phase: f.phase,
				scope: f.scope,
				value: f.value,
				value_text: f.value_text,
				unit: f.unit,
				period: f.period,
				derived: f.derived,
				src_start: f.src_start,
				src_end: f.src_end,
				rule: f.rule ?? null,
				synthetic: input.synthetic ?? false
			});
			out.fact_sources.push({
				fact_key: fk,
				report_key: key,
				fiscal_year: f.fiscal_year,
				src_start: f.src_start,
				src_end: f.src_end,
				src_text: f.src_text
			});
		}
		for (const c of result.checks)
			out.checks.push({
				report_key: key,
				check: c.relation,
				scope: c.scope,
				fiscal_year: c.fiscal_year,
				phase: c.phase,
				expected: c.expected,
				actual: c.actual,
				status: c.status,
				message: c.message ?? null
			});
		for (const w of result.warnings)
			out.problems.push(
				problem(source_file, key, 'warning', w.code, w.message, w.src_start, w.src_end)
			);
	}
	out.bureaus = [...bureaus.values()].map(({ latest_year: _, ...b }) => b);
	return out;
}
