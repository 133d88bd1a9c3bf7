// The bureau profile: who the bureau is, every fact its reports give (with sentence, file and
// character range), its comparison values by year (staffing, petition volume), the bureau_year
// rows (basic and project spending) and the reports. SQL here; the shaping the page needs
// (grouping by year and metric, the economic-classification breakdown of one year) is pure.
import { COMPARISON_FACTS_SQL } from './comparison.ts';
import type { BureauYearRow } from './bureau-year.ts';
import type { FactCorrection } from './provenance.ts';

export interface BureauInfo {
	bureau_id: string;
	name: string | null;
	region_code: string | null;
	region_name: string | null;
	level: string | null;
	prefecture: string | null;
	province: string | null;
	population: number | null;
	population_year: number | null;
}

/** A fact of the bureau's reports, with its correction if one applied. */
export interface ProfileFact extends FactCorrection {
	fact_key: number;
	report_key: number;
	fiscal_year: number | null;
	metric: string;
	econ_code: string | null;
	func_code: string | null;
	item_label: string | null;
	part: string | null;
	phase: string | null;
	scope: string | null;
	value: number | null;
	value_text: string | null;
	unit: string | null;
	period: string | null;
	derived: string | null;
	src_start: number;
	src_end: number;
	src_text: string;
	source_file: string;
	report_year: number | null;
	doc_type: string | null;
}

export interface ProfileReport {
	report_key: number;
	report_id: string;
	fiscal_year: number | null;
	doc_type: string | null;
	title: string | null;
	source_file: string;
}

/** A comparison value (DESIGN.md) of a staffing, petition or performance metric, with its source. */
export interface ProfileValue {
	fiscal_year: number;
	metric: string;
	value: number;
	unit: string | null;
	fact_key: number;
	derived: string | null;
	source_file: string;
	report_year: number | null;
	src_start: number;
	src_end: number;
	src_text: string;
	/** the source viewer's id of the report */
	report_ref?: string;
}

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

export function bureauInfoSql(id: string): string {
	return `SELECT b.bureau_id, b.name, b.region_code, g.name AS region_name, g.level,
		pf.name AS prefecture, pv.name AS province, g.population, g.population_year
	FROM bureaus b
	LEFT JOIN regions g ON g.code = b.region_code
	LEFT JOIN regions pf ON pf.code = g.prefecture_code
	LEFT JOIN regions pv ON pv.code = g.province_code
	WHERE b.bureau_id = ${lit(id)}`;
}

export function profileReportsSql(id: string): string {
	return `SELECT report_key, report_id, fiscal_year, doc_type, title, source_file
	FROM reports WHERE bureau_id = ${lit(id)}
	ORDER BY fiscal_year DESC, doc_type, source_file`;
}

const reportHint = (alias: string, reportKeys: number[]) => {
	const keys = reportKeys.filter((k) => Number.isInteger(k));
	// fact_sources is sorted by fact_key, and a report's facts have neighbouring keys: naming the
	// bureau's reports lets the scan skip every other block
	return keys.length ? `AND ${alias}.report_key IN (${keys.join(', ')})` : '';
};

/**
 * Facts of the bureau with their sources: all of them, or one metric and year. facts is sorted
 * by metric and year, so naming both reads a block or two; a whole bureau reads every block of
 * the columns it needs (on the national panel, most of the table).
 */
export function profileFactsSql(
	id: string,
	reportKeys: number[],
	only: { metric: string; year: number } | null = null
): string {
	const narrow = only ? `AND f.metric = ${lit(only.metric)} AND f.fiscal_year = ${Math.trunc(only.year)}` : '';
	return `SELECT f.fact_key, f.report_key, f.fiscal_year, f.metric, f.econ_code, f.func_code, f.item_label,
		f.part, f.phase, f.scope, f.value, f.value_text, f.unit, f.period, f.derived, s.src_start, s.src_end,
		s.src_text, r.source_file, r.fiscal_year AS report_year, r.doc_type,
		f.original_value, co.reason AS correction_reason, co.corrected_by, co.corrected_on
	FROM facts f
	JOIN fact_sources s ON s.fact_key = f.fact_key ${reportHint('s', reportKeys)}
	JOIN reports r ON r.report_key = f.report_key
	LEFT JOIN corrections co ON co.fact_key = f.fact_key AND co.status = 'applied'
	WHERE f.bureau_id = ${lit(id)} ${narrow}
	ORDER BY f.fiscal_year DESC NULLS LAST, f.fact_key`;
}

export function profileYearsSql(id: string): string {
	// named columns: bureau_year's sources column is most of its bytes, and not needed here
	return `SELECT fiscal_year, basic, basic_scope, basic_fact, project, project_scope, project_fact,
		total, total_scope, total_computed, total_facts
	FROM bureau_year WHERE bureau_id = ${lit(id)} ORDER BY fiscal_year`;
}

// staff.* is one run of the sorted facts, perf.* and petition.* are neighbours: a range per run
// skips the blocks of every other metric (an OR of the two would not)
const FAMILY_RUNS: [string, string, string][] = [
	['staff.', 'staff/', `metric LIKE 'staff.%'`],
	['perf.', 'petition/', `(metric LIKE 'perf.%' OR metric LIKE 'petition.%')`]
];

/** The comparison value of every staffing, petition and performance metric by year, with its source. */
export function profileValuesSql(id: string, reportKeys: number[]): string {
	const runs = FAMILY_RUNS.map(
		([lo, hi, like]) => `SELECT c.fiscal_year, c.metric, c.value, u.unit, c.fact_key, c.derived,
			r.source_file, r.fiscal_year AS report_year, s.src_start, s.src_end, s.src_text, left(r.report_id, 16) AS report_ref
		FROM (${COMPARISON_FACTS_SQL}) c
		JOIN (SELECT fact_key, unit FROM facts WHERE bureau_id = ${lit(id)} AND metric >= '${lo}' AND metric < '${hi}') u ON u.fact_key = c.fact_key
		JOIN fact_sources s ON s.fact_key = c.fact_key ${reportHint('s', reportKeys)}
		JOIN reports r ON r.report_key = c.report_key
		WHERE c.bureau_id = ${lit(id)} AND c.metric >= '${lo}' AND c.metric < '${hi}' AND ${like}`
	);
	return `${runs.join('\n\tUNION ALL ')}\n\tORDER BY metric, fiscal_year`;
}

export type YearRow = Pick<
	BureauYearRow,
	'fiscal_year' | 'basic' | 'basic_scope' | 'basic_fact' | 'project' | 'project_scope' | 'project_fact' | 'total' | 'total_scope' | 'total_computed' | 'total_facts'
>;

// The design vocabulary's order: staffing, spending, income, petition volume, performance; a
// metric it does not list sorts after its family, then by id.
const ORDER = [
	'staff.authorized', 'staff.authorized.administrative', 'staff.authorized.institutional', 'staff.authorized.worker',
	'staff.actual', 'staff.retired', 'staff.temporary',
	'spend.total', 'spend.basic', 'spend.basic.personnel', 'spend.basic.public', 'spend.project', 'spend.project.item',
	'spend.three_public', 'spend.three_public.reception', 'spend.three_public.vehicle', 'spend.three_public.overseas',
	'spend.operating', 'spend.procurement', 'spend.econ', 'spend.func', 'income.total', 'income.fiscal',
	'petition.total', 'petition.letters', 'petition.visits.batches', 'petition.visits.persons', 'petition.online',
	'petition.matters', 'petition.resolved', 'petition.national_visits.batches', 'petition.national_visits.persons',
	'petition.provincial_visits.batches', 'petition.provincial_visits.persons', 'petition.disputes_screened',
	'petition.disputes_resolved', 'petition.rate.', 'perf.score', 'perf.grade'
];
const FAMILIES = ['staff.', 'spend.', 'income.', 'petition.', 'perf.'];

function rank(metric: string): number {
	const exact = ORDER.indexOf(metric);
	if (exact >= 0) return exact;
	const prefix = ORDER.findIndex((p) => p.endsWith('.') && metric.startsWith(p));
	if (prefix >= 0) return prefix;
	// after the last listed metric of its family
	const family = FAMILIES.find((f) => metric.startsWith(f));
	const last = family ? ORDER.findLastIndex((p) => p.startsWith(family)) : ORDER.length;
	return last + 0.5;
}

export function compareMetrics(a: string, b: string): number {
	return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

export interface MetricGroup {
	metric: string;
	facts: ProfileFact[];
}

export interface YearGroup {
	/** null: facts with no year */
	year: number | null;
	metrics: MetricGroup[];
	count: number;
}

const PHASE_ORDER: Record<string, number> = { actual: 0, prior_year: 1, budget: 2, adjusted_budget: 3 };

function compareFacts(a: ProfileFact, b: ProfileFact): number {
	const s = (x: string | null) => x ?? '';
	return (
		s(a.part).localeCompare(s(b.part)) ||
		s(a.econ_code).localeCompare(s(b.econ_code)) ||
		s(a.func_code).localeCompare(s(b.func_code)) ||
		(PHASE_ORDER[a.phase ?? ''] ?? 9) - (PHASE_ORDER[b.phase ?? ''] ?? 9) ||
		s(a.scope).localeCompare(s(b.scope)) ||
		a.fact_key - b.fact_key
	);
}

/** Facts by year (latest first) and metric (vocabulary order). */
export function groupFacts(facts: ProfileFact[]): YearGroup[] {
	const byYear = new Map<number | null, Map<string, ProfileFact[]>>();
	for (const f of facts) {
		let metrics = byYear.get(f.fiscal_year);
		if (!metrics) byYear.set(f.fiscal_year, (metrics = new Map()));
		const list = metrics.get(f.metric);
		if (list) list.push(f);
		else metrics.set(f.metric, [f]);
	}
	return [...byYear.entries()]
		.sort(([a], [b]) => (b ?? -1) - (a ?? -1))
		.map(([year, metrics]) => {
			const groups = [...metrics.entries()]
				.sort(([a], [b]) => compareMetrics(a, b))
				.map(([metric, list]) => ({ metric, facts: [...list].sort(compareFacts) }));
			return { year, metrics: groups, count: groups.reduce((n, g) => n + g.facts.length, 0) };
		});
}

/** Values by metric and year for a panel (staffing, petition volume). */
export function valueGrid(values: ProfileValue[], prefix: string): { years: number[]; rows: { metric: string; cells: Map<number, ProfileValue> }[] } {
	const picked = values.filter((v) => v.metric.startsWith(prefix));
	const years = [...new Set(picked.map((v) => v.fiscal_year))].sort((a, b) => a - b);
	const rows = new Map<string, Map<number, ProfileValue>>();
	for (const v of picked) {
		let cells = rows.get(v.metric);
		if (!cells) rows.set(v.metric, (cells = new Map()));
		cells.set(v.fiscal_year, v);
	}
	return {
		years,
		rows: [...rows.entries()].sort(([a], [b]) => compareMetrics(a, b)).map(([metric, cells]) => ({ metric, cells }))
	};
}

export interface EconItem {
	part: string | null;
	econ_code: string;
	value: number;
	fact: ProfileFact;
}

export interface EconBreakdown {
	year: number;
	scope: string;
	items: EconItem[];
}

const DOC_ORDER: Record<string, number> = { final_accounts: 0, performance_self_eval: 1 };

/**
 * The economic-classification spending of one year, as its own report states it: actual
 * figures only, one scope (all funds where the year has any, else the general budget), one
 * fact per part and code (final accounts before a self-evaluation, then reading order).
 */
export function econBreakdown(facts: ProfileFact[], year: number): EconBreakdown | null {
	const own = facts.filter(
		(f) =>
			f.metric === 'spend.econ' && f.fiscal_year === year && f.phase === 'actual' && f.period === null &&
			f.econ_code !== null && f.value !== null && f.report_year === year
	);
	if (own.length === 0) return null;
	const scope = own.some((f) => f.scope === 'all_funds') ? 'all_funds' : (own[0]!.scope ?? 'general_public_budget');
	const chosen = new Map<string, ProfileFact>();
	const ranked = own
		.filter((f) => (f.scope ?? 'general_public_budget') === scope)
		.sort((a, b) => (DOC_ORDER[a.doc_type ?? ''] ?? 2) - (DOC_ORDER[b.doc_type ?? ''] ?? 2) || a.fact_key - b.fact_key);
	for (const f of ranked) {
		const key = `${f.part ?? ''}/${f.econ_code}`;
		if (!chosen.has(key)) chosen.set(key, f);
	}
	return {
		year,
		scope,
		items: [...chosen.values()].map((f) => ({ part: f.part, econ_code: f.econ_code!, value: f.value!, fact: f }))
	};
}

/** Years a report is about, latest first: the years an economic breakdown can come from. */
export function reportYears(reports: ProfileReport[]): number[] {
	return [...new Set(reports.map((r) => r.fiscal_year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
}
