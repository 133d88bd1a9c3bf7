// Analysts' corrections of misread numbers (data/corrections.csv), applied to the dataset at
// every ingest. Pure: the caller reads the file. A correction names its fact by what survives
// re-ingest and re-extraction: the report (file name or report_id), the metric and, as needed
// to single it out, year, phase, scope, part, codes, item, a character offset inside its source
// range (`at`) and the value as extracted (`was`). One that matches no fact or several is not
// applied and becomes a problem naming the file and line; its siblings still apply.
import type { Dataset, Row } from './build.ts';
import { parseCsvTable } from './csv.ts';

export const CORRECTION_COLUMNS = [
	'report', 'metric', 'fiscal_year', 'phase', 'scope', 'part', 'econ_code', 'func_code', 'item_label',
	'at', 'was', 'value', 'reason', 'corrected_by', 'corrected_on'
] as const;

const REQUIRED = ['report', 'metric', 'value', 'reason', 'corrected_by', 'corrected_on'] as const;
const TEXT_KEYS = ['phase', 'scope', 'part', 'econ_code', 'func_code', 'item_label'] as const;

export type CorrectionStatus = 'applied' | 'unmatched' | 'ambiguous' | 'duplicate' | 'invalid';

export interface Correction {
	line: number;
	report: string;
	metric: string;
	fiscal_year: number | null;
	phase: string | null;
	scope: string | null;
	part: string | null;
	econ_code: string | null;
	func_code: string | null;
	item_label: string | null;
	at: number | null;
	was: number | null;
	value: number | null;
	reason: string;
	corrected_by: string;
	corrected_on: string;
}

/** "1,234.50" or "１２３" as a number; null when blank; NaN when not a number. */
function num(s: string): number | null {
	const t = s
		.trim()
		.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String(c.charCodeAt(0) - 0xff10)))
		.replace(/[,，\s]/g, '');
	return t === '' ? null : Number(t);
}

const blank = (s: string | undefined) => (s ?? '').trim() || null;

export interface ParsedCorrections {
	corrections: Correction[];
	/** lines that cannot be a correction, with why */
	invalid: { correction: Correction; message: string }[];
	/** the file as a whole (missing header columns) */
	fileProblem: string | null;
}

export function parseCorrections(text: string): ParsedCorrections {
	const { header, records } = parseCsvTable(text);
	const out: ParsedCorrections = { corrections: [], invalid: [], fileProblem: null };
	if (header.length === 0) return out;
	const missingCols = REQUIRED.filter((c) => !header.includes(c));
	if (missingCols.length > 0) {
		out.fileProblem = `表头缺少列 ${missingCols.join(', ')} (header lacks columns ${missingCols.join(', ')}; expected ${CORRECTION_COLUMNS.join(',')})`;
		return out;
	}
	for (const r of records) {
		const v = r.values;
		const year = num(v.fiscal_year ?? '');
		const at = num(v.at ?? '');
		const was = num(v.was ?? '');
		const value = num(v.value ?? '');
		const c: Correction = {
			line: r.line,
			report: (v.report ?? '').trim(),
			metric: (v.metric ?? '').trim(),
			fiscal_year: year,
			phase: blank(v.phase),
			scope: blank(v.scope),
			part: blank(v.part),
			econ_code: blank(v.econ_code),
			func_code: blank(v.func_code),
			item_label: blank(v.item_label),
			at,
			was,
			value,
			reason: (v.reason ?? '').trim(),
			corrected_by: (v.corrected_by ?? '').trim(),
			corrected_on: (v.corrected_on ?? '').trim()
		};
		const empty = REQUIRED.filter((k) => k !== 'value' && c[k] === '').map(String);
		if (value === null) empty.push('value');
		const bad = [
			...(year !== null && !Number.isInteger(year) ? ['fiscal_year'] : []),
			...(at !== null && !(Number.isInteger(at) && at >= 0) ? ['at'] : []),
			...(was !== null && !Number.isFinite(was) ? ['was'] : []),
			...(value !== null && !Number.isFinite(value) ? ['value'] : [])
		];
		if (empty.length || bad.length) {
			const parts = [
				empty.length ? `缺少 ${empty.join(', ')}` : '',
				bad.length ? `${bad.join(', ')} 不是有效数字` : ''
			].filter(Boolean);
			const en = [
				empty.length ? `missing ${empty.join(', ')}` : '',
				bad.length ? `${bad.join(', ')} not a valid number` : ''
			].filter(Boolean);
			out.invalid.push({ correction: c, message: `${parts.join('；')} (${en.join('; ')})` });
		} else out.corrections.push(c);
	}
	return out;
}

function describe(c: Correction): string {
	const bits = [
		`report=${c.report}`,
		`metric=${c.metric}`,
		c.fiscal_year !== null ? `fiscal_year=${c.fiscal_year}` : '',
		...TEXT_KEYS.map((k) => (c[k] !== null ? `${k}=${c[k]}` : '')),
		c.at !== null ? `at=${c.at}` : '',
		c.was !== null ? `was=${c.was}` : ''
	];
	return bits.filter(Boolean).join(', ');
}

function findReports(reports: Row[], report: string): Row[] {
	const byFile = reports.filter((r) => r.source_file === report);
	if (byFile.length) return byFile;
	const hex = report.toLowerCase();
	if (!/^[0-9a-f]{8,64}$/.test(hex)) return [];
	return reports.filter((r) => String(r.report_id).startsWith(hex));
}

function matches(c: Correction, f: Row): boolean {
	if (f.metric !== c.metric) return false;
	if (c.fiscal_year !== null && f.fiscal_year !== c.fiscal_year) return false;
	for (const k of TEXT_KEYS) if (c[k] !== null && f[k] !== c[k]) return false;
	if (c.at !== null && !(Number(f.src_start) <= c.at && c.at < Number(f.src_end))) return false;
	// two decimals as printed in the reports
	if (c.was !== null && !(typeof f.value === 'number' && Math.abs(f.value - c.was) < 0.005)) return false;
	return true;
}

/**
 * Applies the corrections to the dataset's facts (value replaced, the extracted one kept in
 * original_value) and records every line in dataset.corrections; what was not applied is also
 * an error in dataset.problems naming `file` and the line.
 */
export function applyCorrections(dataset: Dataset, parsed: ParsedCorrections, file: string): void {
	const problem = (line: number | null, code: string, message: string) =>
		dataset.problems.push({
			source_file: file,
			report_key: null,
			severity: 'error',
			code,
			message: line === null ? `${file}：${message}` : `${file} 第${line}行 (line ${line})：${message}`,
			src_start: null,
			src_end: null,
			line
		});
	const record = (c: Correction, status: CorrectionStatus, message: string, hit: { report: Row | null; fact: Row | null }) =>
		dataset.corrections.push({
			file,
			line: c.line,
			status,
			report: c.report,
			report_id: hit.report ? String(hit.report.report_id) : null,
			fact_key: status === 'applied' && hit.fact ? Number(hit.fact.fact_key) : null,
			metric: c.metric || null,
			fiscal_year: c.fiscal_year,
			phase: c.phase,
			scope: c.scope,
			part: c.part,
			econ_code: c.econ_code,
			func_code: c.func_code,
			item_label: c.item_label,
			at: c.at,
			was: c.was,
			original_value: status === 'applied' && hit.fact ? (hit.fact.original_value as number | null) : null,
			value: c.value,
			reason: c.reason || null,
			corrected_by: c.corrected_by || null,
			corrected_on: c.corrected_on || null,
			message
		});

	if (parsed.fileProblem) problem(1, 'correction_file_invalid', parsed.fileProblem);
	for (const { correction, message } of parsed.invalid) {
		problem(correction.line, 'correction_invalid', message);
		record(correction, 'invalid', message, { report: null, fact: null });
	}
	const corrected = new Map<number, number>();
	for (const c of parsed.corrections) {
		const reports = findReports(dataset.reports, c.report);
		if (reports.length !== 1) {
			const status = reports.length === 0 ? 'unmatched' : 'ambiguous';
			const message =
				reports.length === 0
					? `找不到报告 ${c.report}（应为 data/raw 下的文件名或 report_id）(no report ${c.report}: give a file name under data/raw or a report_id)`
					: `报告 ${c.report} 对应 ${reports.length} 份报告，请写完整的文件名或 report_id (${c.report} names ${reports.length} reports)`;
			problem(c.line, `correction_${status}`, message);
			record(c, status, message, { report: null, fact: null });
			continue;
		}
		const report = reports[0]!;
		const hits = dataset.facts.filter((f) => f.report_key === report.report_key && matches(c, f));
		if (hits.length !== 1) {
			const status = hits.length === 0 ? 'unmatched' : 'ambiguous';
			const where = hits.map((f) => `${f.fiscal_year} ${f.phase} ${f.scope ?? '-'} ${f.value} @${f.src_start}–${f.src_end}`).join('; ');
			const message =
				hits.length === 0
					? `没有与之匹配的数据，未应用 (no fact matches ${describe(c)}; not applied)`
					: `匹配到 ${hits.length} 条数据，未应用；请加上 fiscal_year、phase、scope 或 at 等列区分 (${hits.length} facts match ${describe(c)}: ${where}; not applied — add columns such as at to single one out)`;
			problem(c.line, `correction_${status}`, message);
			record(c, status, message, { report, fact: null });
			continue;
		}
		const fact = hits[0]!;
		const key = Number(fact.fact_key);
		const earlier = corrected.get(key);
		if (earlier !== undefined) {
			const message = `与第${earlier}行更正同一条数据，未应用 (corrects the same fact as line ${earlier}; not applied)`;
			problem(c.line, 'correction_duplicate', message);
			record(c, 'duplicate', message, { report, fact: null });
			continue;
		}
		corrected.set(key, c.line);
		fact.original_value = fact.value ?? null;
		fact.value = c.value;
		record(c, 'applied', `${fact.original_value} → ${c.value}`, { report, fact });
	}
}
