// The arithmetic checks of every report (status, both values) and the problems met while reading
// the files (a file that is no report, values left out), each with the report it belongs to.

export type CheckStatus = 'ok' | 'warn' | 'fail';
export const CHECK_STATUSES: CheckStatus[] = ['fail', 'warn', 'ok'];
export const QUALITY_PAGE = 50;

export interface CheckRow {
	report_key: number;
	source_file: string;
	bureau_id: string | null;
	bureau_name: string | null;
	report_year: number | null;
	doc_type: string | null;
	check: string;
	scope: string | null;
	fiscal_year: number | null;
	phase: string | null;
	expected: number | null;
	actual: number | null;
	difference: number | null;
	status: CheckStatus;
	message: string | null;
}

export interface ProblemRow {
	source_file: string;
	report_key: number | null;
	bureau_id: string | null;
	severity: 'error' | 'warning';
	code: string;
	message: string;
	src_start: number | null;
	src_end: number | null;
}

const statusWhere = (status: CheckStatus | null) => (status ? `WHERE c.status = '${status}'` : '');
const page = (p: number, size: number) => `LIMIT ${Math.trunc(size)} OFFSET ${Math.max(0, Math.trunc(p)) * Math.trunc(size)}`;

/** Checks with their report, worst first; one page, or every row when page is null (download). */
export function checksSql(status: CheckStatus | null, p: number | null, size = QUALITY_PAGE): string {
	return `SELECT c.report_key, r.source_file, r.bureau_id, b.name AS bureau_name, r.fiscal_year AS report_year,
		r.doc_type, c."check", c.scope, c.fiscal_year, c.phase, c.expected, c.actual,
		round(c.actual - c.expected, 2) AS difference, c.status, c.message
	FROM checks c
	JOIN reports r ON r.report_key = c.report_key
	LEFT JOIN bureaus b ON b.bureau_id = r.bureau_id
	${statusWhere(status)}
	ORDER BY CASE c.status WHEN 'fail' THEN 0 WHEN 'warn' THEN 1 ELSE 2 END, r.source_file, c.fiscal_year, c."check"
	${p === null ? '' : page(p, size)}`;
}

export const CHECK_COUNTS_SQL = `SELECT status, count(*) AS n FROM checks GROUP BY status`;

/** Every problem, errors (files that are no report) first; one page, or all when page is null. */
export function problemsSql(p: number | null, size = QUALITY_PAGE): string {
	return `SELECT p.source_file, p.report_key, r.bureau_id, p.severity, p.code, p.message, p.src_start, p.src_end
	FROM problems p LEFT JOIN reports r ON r.report_key = p.report_key
	ORDER BY CASE p.severity WHEN 'error' THEN 0 ELSE 1 END, p.source_file, p.src_start NULLS FIRST, p.code
	${p === null ? '' : page(p, size)}`;
}

export const PROBLEM_COUNTS_SQL = `SELECT severity, count(*) AS n, count(DISTINCT source_file) AS files FROM problems GROUP BY severity`;

/** "same fact stated two ways: spend.project 75.48 (at 680) vs 75.47 (at 3019)": the two offsets. */
export function statedTwice(check: string): { first: number; second: number } | null {
	const m = /^same fact stated two ways: .* \(at (\d+)\) vs .* \(at (\d+)\)$/.exec(check);
	return m ? { first: Number(m[1]), second: Number(m[2]) } : null;
}
