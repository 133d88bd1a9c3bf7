// The trends view: one registry metric over the years for a few bureaus, each value with the
// facts it was computed from (file, report year, sentence), so a value restated as 上年 in a
// later report is told apart from one the year's own report gives. Prior years come from the
// bureau_year summary, which holds them by the comparison-value rule (DESIGN.md).
import { COMPARISON_FACTS_SQL } from './comparison.ts';
import type { MetricDef } from './registry.ts';
import type { FactCorrection } from './provenance.ts';

/** One fact a trend value was computed from, with its correction if one applied. */
export interface TrendInput extends FactCorrection {
	fact_key: number;
	/** fact metric id (spend.total, staff.actual …) */
	metric: string;
	scope: string | null;
	/** how a derived value was computed (e.g. from 较上年减少9.52万元), null when stated */
	derived: string | null;
	/** the year the fact is about */
	fiscal_year: number;
	/** the year of the report it was read from */
	report_year: number | null;
	doc_type: string | null;
	source_file: string;
	src_start: number;
	src_end: number;
	src_text: string;
	/** the source viewer's id of the report, the value and unit */
	report_ref?: string;
	value?: number | null;
	unit?: string | null;
}

export interface TrendRow {
	bureau_id: string;
	name: string | null;
	fiscal_year: number;
	value: number;
	total_scope: string | null;
	total_computed: boolean | null;
	inputs: TrendInput[] | null;
}

export interface TrendBureau {
	bureau_id: string;
	name: string | null;
	prefecture: string | null;
	province: string | null;
	/** years with a value of the metric */
	years: number;
	first_year: number | null;
	last_year: number | null;
}

export interface InputYears {
	bureau_id: string;
	metric: string;
	years: number[];
}

export const MAX_TREND_BUREAUS = 20;
export const DEFAULT_TREND_BUREAUS = 10;

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const inList = (xs: string[]) => (xs.length ? xs.map(lit).join(', ') : "''");

/** ?bureaus=430400,430412: valid, distinct ids in the order given, at most MAX_TREND_BUREAUS. */
export function parseBureauIds(param: string | null): string[] {
	if (!param) return [];
	const ids = param
		.split(',')
		.map((s) => s.trim())
		// ids are region codes, code:name or name:name; anything else cannot be one
		.filter((s) => s.length > 0 && s.length <= 120 && !/[\u0000-\u001f'"<>]/.test(s));
	return [...new Set(ids)].slice(0, MAX_TREND_BUREAUS);
}

/** Every bureau, with how many years have a value of the metric (most first: the default pick). */
export function trendBureausSql(m: MetricDef): string {
	return `SELECT b.bureau_id, b.name, any_value(y.prefecture) AS prefecture, any_value(y.province) AS province,
		count(y.value) AS years, min(y.fiscal_year) FILTER (WHERE y.value IS NOT NULL) AS first_year,
		max(y.fiscal_year) FILTER (WHERE y.value IS NOT NULL) AS last_year
	FROM bureaus b LEFT JOIN (SELECT bureau_id, fiscal_year, prefecture, province, (${m.sql}) AS value FROM bureau_year) y
		ON y.bureau_id = b.bureau_id
	GROUP BY b.bureau_id, b.name
	ORDER BY years DESC, b.bureau_id`;
}

/** The bureaus a trend shows when the URL names none: those with most years of data. */
export function defaultTrendBureaus(bureaus: TrendBureau[], n = DEFAULT_TREND_BUREAUS): string[] {
	return bureaus
		.filter((b) => b.years > 0)
		.sort((a, b) => b.years - a.years || (a.bureau_id < b.bureau_id ? -1 : 1))
		.slice(0, n)
		.map((b) => b.bureau_id);
}

/**
 * Which facts a metric's value is computed from. A metric that needs the total takes the facts
 * bureau_year chose for it (the stated total, or basic + project); basic and project listed
 * beside the total in `needs` are those inputs, not inputs of their own.
 */
export function trendInputs(m: MetricDef): { usesTotal: boolean; usesPrev: boolean; own: string[] } {
	const usesTotal = m.needs.includes('spend.total');
	const totalParts = usesTotal && m.needs.includes('spend.basic') && m.needs.includes('spend.project');
	const own = m.needs.filter(
		(n) => n !== 'spend.total' && !(totalParts && (n === 'spend.basic' || n === 'spend.project'))
	);
	return { usesTotal, usesPrev: /\btotal_prev\b/.test(m.sql), own };
}

const TOTAL_METRICS = ['spend.total', 'spend.basic', 'spend.project'];

// Comparison values of a few metrics: one scan per metric, because facts is sorted by metric
// and an equality skips every other metric's blocks, where an IN list does not (measured on
// the synthetic national panel: 23 MB read instead of 48 MB for four metrics).
function comparisonFor(metrics: string[], ids: string): string {
	if (metrics.length === 0) return `SELECT * FROM (${COMPARISON_FACTS_SQL}) WHERE false`;
	return metrics
		.map((m) => `SELECT * FROM (${COMPARISON_FACTS_SQL}) WHERE metric = ${lit(m)} AND bureau_id IN (${ids})`)
		.join('\n\tUNION ALL ');
}

/** One metric over the years for the given bureaus, each value with its input facts. */
export function trendSql(m: MetricDef, bureauIds: string[]): string {
	const ids = inList(bureauIds);
	const { usesTotal, usesPrev, own } = trendInputs(m);
	const factMetrics = [...new Set([...own, ...(usesTotal ? TOTAL_METRICS : [])])];
	const keys = [
		// one scope per input: where the value uses the total, the total's scope if the input is
		// stated in it; else all funds, else the general budget (facts with no scope have one)
		own.length
			? `SELECT c.bureau_id, p.fiscal_year, c.fact_key FROM pts p
				JOIN cv c ON c.bureau_id = p.bureau_id AND c.fiscal_year = p.fiscal_year AND c.metric IN (${inList(own)})
				QUALIFY rank() OVER (PARTITION BY c.bureau_id, c.fiscal_year, c.metric ORDER BY
					CASE WHEN ${usesTotal ? 'c.scope IS NOT DISTINCT FROM p.total_scope' : 'false'} THEN 0
						WHEN c.scope IS NULL OR c.scope = 'all_funds' THEN 1 ELSE 2 END) = 1`
			: null,
		usesTotal ? `SELECT bureau_id, fiscal_year, unnest(total_facts) AS fact_key FROM pts` : null,
		// year-on-year change: last year's total in this year's scope
		usesPrev
			? `SELECT p.bureau_id, p.fiscal_year, unnest(b.total_facts) AS fact_key FROM pts p
				JOIN v b ON b.bureau_id = p.bureau_id AND b.fiscal_year = p.fiscal_year - 1 AND b.total_scope = p.total_scope`
			: null
	].filter((s): s is string => s !== null);
	return `WITH v AS (
		SELECT bureau_id, name, fiscal_year, (${m.sql}) AS value, total_scope, total_computed, total_facts
		FROM bureau_year WHERE bureau_id IN (${ids})
	),
	pts AS (SELECT * FROM v WHERE value IS NOT NULL),
	cv AS (${comparisonFor(factMetrics, ids)}),
	keys AS (SELECT DISTINCT * FROM (${keys.length ? keys.join('\n\t\tUNION ALL ') : 'SELECT NULL::VARCHAR AS bureau_id, NULL::INTEGER AS fiscal_year, NULL::INTEGER AS fact_key WHERE false'})),
	inp AS (
		SELECT k.bureau_id, k.fiscal_year,
			{fact_key: c.fact_key, metric: c.metric, scope: c.scope, derived: c.derived, fiscal_year: c.fiscal_year,
			 report_year: r.fiscal_year, doc_type: r.doc_type, source_file: r.source_file,
			 src_start: s.src_start, src_end: s.src_end, src_text: s.src_text, report_ref: left(r.report_id, 16),
			 value: c.value, unit: CASE WHEN c.metric LIKE 'spend.%' THEN '万元' WHEN c.metric LIKE 'staff.%' THEN '人' END,
			 original_value: co.original_value, correction_reason: co.reason, corrected_by: co.corrected_by, corrected_on: co.corrected_on} AS input
		FROM keys k JOIN cv c ON c.fact_key = k.fact_key
		JOIN fact_sources s ON s.fact_key = c.fact_key
		JOIN reports r ON r.report_key = c.report_key
		LEFT JOIN corrections co ON co.fact_key = c.fact_key AND co.status = 'applied'
	)
	SELECT p.bureau_id, any_value(p.name) AS name, p.fiscal_year, any_value(p.value) AS value,
		any_value(p.total_scope) AS total_scope, any_value(p.total_computed) AS total_computed,
		list(i.input ORDER BY i.input.fiscal_year DESC, i.input.fact_key) FILTER (WHERE i.input IS NOT NULL) AS inputs
	FROM pts p LEFT JOIN inp i ON i.bureau_id = p.bureau_id AND i.fiscal_year = p.fiscal_year
	GROUP BY p.bureau_id, p.fiscal_year
	ORDER BY p.bureau_id, p.fiscal_year`;
}

/** For bureaus without a value: in which years their reports give each input the metric needs. */
export function inputYearsSql(m: MetricDef, bureauIds: string[]): string {
	const ids = inList(bureauIds);
	const metrics = [...new Set([...m.needs, ...(m.needs.includes('spend.total') ? TOTAL_METRICS : [])])];
	return `SELECT bureau_id, metric, list(DISTINCT fiscal_year ORDER BY fiscal_year) AS years
	FROM (${comparisonFor(metrics, ids)})
	GROUP BY bureau_id, metric
	ORDER BY bureau_id, metric`;
}

/** A value restated in a later report (上年数), or derived from a stated change. */
export function isRestated(i: TrendInput): boolean {
	return (i.report_year !== null && i.report_year !== i.fiscal_year) || i.derived !== null;
}

/** A point is restated when an input of its own year is (last year's total in a change is not). */
export function pointRestated(row: TrendRow): boolean {
	return (row.inputs ?? []).some((i) => i.fiscal_year === row.fiscal_year && isRestated(i));
}

/** The reports a point's inputs come from, once each; restated when they give its year as 上年. */
export function pointReports(row: TrendRow): { source_file: string; report_year: number | null; restated: boolean }[] {
	const seen = new Map<string, { source_file: string; report_year: number | null; restated: boolean }>();
	for (const i of row.inputs ?? []) {
		const restated = i.fiscal_year === row.fiscal_year && isRestated(i);
		const prev = seen.get(i.source_file);
		if (prev) prev.restated ||= restated;
		else seen.set(i.source_file, { source_file: i.source_file, report_year: i.report_year, restated });
	}
	return [...seen.values()];
}

export interface MissingInputs {
	/** inputs the reports give, with their years */
	has: { metric: string; years: number[] }[];
	/** inputs no report of the bureau gives */
	lacks: string[];
}

/**
 * What a bureau without a value has and lacks of the metric's inputs. The total counts as given
 * in a year that states it or states both basic and project spending.
 */
export function missingInputs(m: MetricDef, rows: InputYears[], bureauId: string): MissingInputs {
	const yearsOf = (metric: string) => rows.find((r) => r.bureau_id === bureauId && r.metric === metric)?.years ?? [];
	const total = () => {
		const project = new Set(yearsOf('spend.project'));
		const parts = yearsOf('spend.basic').filter((y) => project.has(y));
		return [...new Set([...yearsOf('spend.total'), ...parts])].sort((a, b) => a - b);
	};
	const given = m.needs.map((n) => ({ metric: n, years: n === 'spend.total' ? total() : yearsOf(n) }));
	return {
		has: given.filter((g) => g.years.length > 0),
		lacks: given.filter((g) => g.years.length === 0).map((g) => g.metric)
	};
}
