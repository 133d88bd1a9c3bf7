// The bureau x year table of the first page: staffing, basic/project/total spending and
// spending per actual staff member, each value with the scope it was taken in and the facts
// it came from, so every cell can be traced to its sentences.
import { COMPARISON_FACTS_SQL } from './comparison.ts';
import type { FactSource } from './provenance.ts';

export type ScopeId = 'all_funds' | 'general_public_budget';

export interface BureauYearRow {
	bureau_id: string;
	name: string | null;
	region_code: string | null;
	level: string | null;
	prefecture: string | null;
	province: string | null;
	fiscal_year: number;
	staff_authorized: number | null;
	staff_authorized_fact: number | null;
	staff_actual: number | null;
	staff_actual_fact: number | null;
	basic: number | null;
	basic_scope: ScopeId | null;
	basic_fact: number | null;
	project: number | null;
	project_scope: ScopeId | null;
	project_fact: number | null;
	total: number | null;
	total_scope: ScopeId | null;
	/** true when total = basic + project (no stated total in that scope) */
	total_computed: boolean | null;
	/** the stated total's fact, or the basic and project facts it was computed from */
	total_facts: number[] | null;
	spend_per_staff: number | null;
	total_af_all: number | null;
	total_gpb_all: number | null;
	basic_af: number | null;
	basic_gpb: number | null;
	project_af: number | null;
	project_gpb: number | null;
	personnel_af: number | null;
	personnel_gpb: number | null;
	three_public_af: number | null;
	three_public_gpb: number | null;
	petition_total: number | null;
	petition_letters: number | null;
	visits_batches: number | null;
	visits_persons: number | null;
	perf_score: number | null;
	total_prev: number | null;
	/** the facts of total_prev (the previous year's total in this year's scope) */
	total_prev_facts: number[] | null;
	population: number | null;
	prefecture_code: string | null;
	province_code: string | null;
	/** where the row's staffing, basic, project and total facts were read, so a page shows sources without another query */
	sources: FactSource[] | null;
	/** the row's other comparison facts (personnel, three-public, petitions, score, last year's total) */
	sources_more?: FactSource[] | null;
}

const pickCols = (alias: string, metric: string, scope: string | null) => {
	const cond = `metric = '${metric}' AND scope ${scope ? `= '${scope}'` : 'IS NULL'}`;
	return `any_value(value) FILTER (WHERE ${cond}) AS ${alias}, any_value(fact_key) FILTER (WHERE ${cond}) AS ${alias}_fact`;
};

// Plain amounts: all_funds where stated, else general_public_budget. The total: a stated total
// first, else basic + project in one scope (marked computed), all_funds before
// general_public_budget. A ratio takes every input in one scope; staff counts have none.
export const BUREAU_YEAR_SQL = `
WITH cv AS (${COMPARISON_FACTS_SQL}),
wide AS (
	SELECT bureau_id, fiscal_year,
		${pickCols('authorized', 'staff.authorized', null)},
		${pickCols('actual', 'staff.actual', null)},
		${pickCols('total_af', 'spend.total', 'all_funds')},
		${pickCols('total_gpb', 'spend.total', 'general_public_budget')},
		${pickCols('basic_af', 'spend.basic', 'all_funds')},
		${pickCols('basic_gpb', 'spend.basic', 'general_public_budget')},
		${pickCols('project_af', 'spend.project', 'all_funds')},
		${pickCols('project_gpb', 'spend.project', 'general_public_budget')},
		${pickCols('personnel_af', 'spend.basic.personnel', 'all_funds')},
		${pickCols('personnel_gpb', 'spend.basic.personnel', 'general_public_budget')},
		${pickCols('three_public_af', 'spend.three_public', 'all_funds')},
		${pickCols('three_public_gpb', 'spend.three_public', 'general_public_budget')},
		${pickCols('petition_total', 'petition.total', null)},
		${pickCols('letters', 'petition.letters', null)},
		${pickCols('visits_batches', 'petition.visits.batches', null)},
		${pickCols('visits_persons', 'petition.visits.persons', null)},
		${pickCols('perf_score', 'perf.score', null)}
	FROM cv GROUP BY bureau_id, fiscal_year
),
chosen AS (
	SELECT *,
		CASE
			WHEN total_af IS NOT NULL THEN 'af_stated'
			WHEN basic_af IS NOT NULL AND project_af IS NOT NULL THEN 'af_computed'
			WHEN total_gpb IS NOT NULL THEN 'gpb_stated'
			WHEN basic_gpb IS NOT NULL AND project_gpb IS NOT NULL THEN 'gpb_computed'
		END AS total_rule
	FROM wide
),
t AS (
	SELECT *,
		CASE total_rule
			WHEN 'af_stated' THEN total_af
			WHEN 'af_computed' THEN round(basic_af + project_af, 2)
			WHEN 'gpb_stated' THEN total_gpb
			WHEN 'gpb_computed' THEN round(basic_gpb + project_gpb, 2)
		END AS total,
		CASE WHEN total_rule LIKE 'af%' THEN 'all_funds' WHEN total_rule LIKE 'gpb%' THEN 'general_public_budget' END AS total_scope,
		CASE WHEN total_rule IS NULL THEN NULL ELSE total_rule LIKE '%computed' END AS total_computed,
		CASE total_rule
			WHEN 'af_stated' THEN [total_af_fact]
			WHEN 'af_computed' THEN [basic_af_fact, project_af_fact]
			WHEN 'gpb_stated' THEN [total_gpb_fact]
			WHEN 'gpb_computed' THEN [basic_gpb_fact, project_gpb_fact]
		END AS total_facts,
		-- the total in each scope (stated, else basic + project), for ratios that need one scope
		coalesce(total_af, round(basic_af + project_af, 2)) AS total_af_all,
		coalesce(total_gpb, round(basic_gpb + project_gpb, 2)) AS total_gpb_all,
		CASE WHEN total_af IS NOT NULL THEN [total_af_fact] WHEN basic_af IS NOT NULL AND project_af IS NOT NULL THEN [basic_af_fact, project_af_fact] END AS total_af_facts,
		CASE WHEN total_gpb IS NOT NULL THEN [total_gpb_fact] WHEN basic_gpb IS NOT NULL AND project_gpb IS NOT NULL THEN [basic_gpb_fact, project_gpb_fact] END AS total_gpb_facts
	FROM chosen
),
prev AS (
	SELECT bureau_id, fiscal_year + 1 AS prev_of, total_af_all AS prev_af, total_gpb_all AS prev_gpb,
		total_af_facts AS prev_af_facts, total_gpb_facts AS prev_gpb_facts
	FROM t
),
tp AS (
	SELECT t.*,
		-- the previous year's total in this year's scope, for year-on-year change
		CASE t.total_scope WHEN 'all_funds' THEN prev.prev_af WHEN 'general_public_budget' THEN prev.prev_gpb END AS total_prev,
		CASE t.total_scope WHEN 'all_funds' THEN prev.prev_af_facts WHEN 'general_public_budget' THEN prev.prev_gpb_facts END AS total_prev_facts
	FROM t LEFT JOIN prev ON prev.bureau_id = t.bureau_id AND prev.prev_of = t.fiscal_year
),
-- every comparison fact of the row (and last year's total), so each derived value can name its
-- inputs; metric, scope and value say which input a source is. The facts of the common views
-- (staff, basic, project, total) are in sources; the others in sources_more, which a view reads
-- only for a metric that needs them (measured on the synthetic panel: all in one column tripled
-- its bytes, and every national ranking reads the column whole)
keyed AS (
	SELECT bureau_id, fiscal_year, fact_key, list_position(core, fact_key) IS NULL AS more
	FROM (
		SELECT bureau_id, fiscal_year,
			list_filter([authorized_fact, actual_fact, basic_af_fact, basic_gpb_fact, project_af_fact, project_gpb_fact] || coalesce(total_facts, []), x -> x IS NOT NULL) AS core,
			unnest(list_distinct(list_filter(
				[authorized_fact, actual_fact, basic_af_fact, basic_gpb_fact, project_af_fact, project_gpb_fact,
				 total_af_fact, total_gpb_fact, personnel_af_fact, personnel_gpb_fact, three_public_af_fact, three_public_gpb_fact,
				 petition_total_fact, letters_fact, visits_batches_fact, visits_persons_fact, perf_score_fact]
				|| coalesce(total_facts, []) || coalesce(total_prev_facts, []),
				x -> x IS NOT NULL))) AS fact_key
		FROM tp
	)
),
src AS (
	SELECT bureau_id, fiscal_year,
		list(source ORDER BY source.fact_key) FILTER (WHERE NOT more) AS sources,
		list(source ORDER BY source.fact_key) FILTER (WHERE more) AS sources_more
	FROM (
		SELECT k.bureau_id, k.fiscal_year, k.more,
			{fact_key: s.fact_key, metric: f.metric, scope: f.scope, value: f.value, unit: f.unit, original_value: f.original_value,
				source_file: r.source_file, report_ref: left(r.report_id, 16), fiscal_year: s.fiscal_year, report_year: r.fiscal_year,
				src_start: s.src_start, src_end: s.src_end, src_text: s.src_text,
				correction_reason: c.reason, corrected_by: c.corrected_by, corrected_on: c.corrected_on} AS source
		FROM keyed k JOIN fact_sources s ON s.fact_key = k.fact_key JOIN facts f ON f.fact_key = k.fact_key
		JOIN reports r ON r.report_key = s.report_key
		LEFT JOIN corrections c ON c.fact_key = k.fact_key AND c.status = 'applied'
	)
	GROUP BY bureau_id, fiscal_year
)
SELECT t.bureau_id, b.name, b.region_code, g.level,
	pf.name AS prefecture, pv.name AS province, t.fiscal_year,
	authorized AS staff_authorized, authorized_fact AS staff_authorized_fact,
	actual AS staff_actual, actual_fact AS staff_actual_fact,
	coalesce(basic_af, basic_gpb) AS basic,
	CASE WHEN basic_af IS NOT NULL THEN 'all_funds' WHEN basic_gpb IS NOT NULL THEN 'general_public_budget' END AS basic_scope,
	coalesce(basic_af_fact, basic_gpb_fact) AS basic_fact,
	coalesce(project_af, project_gpb) AS project,
	CASE WHEN project_af IS NOT NULL THEN 'all_funds' WHEN project_gpb IS NOT NULL THEN 'general_public_budget' END AS project_scope,
	coalesce(project_af_fact, project_gpb_fact) AS project_fact,
	total, total_scope, total_computed, total_facts,
	-- no data, never 0, when staff are missing or zero
	CASE WHEN actual > 0 THEN total / actual END AS spend_per_staff,
	total_af_all, total_gpb_all, basic_af, basic_gpb, project_af, project_gpb,
	personnel_af, personnel_gpb, three_public_af, three_public_gpb,
	petition_total, letters AS petition_letters, visits_batches, visits_persons, perf_score,
	total_prev, total_prev_facts,
	g.population, g.prefecture_code, g.province_code,
	src.sources, src.sources_more
FROM tp t
JOIN bureaus b ON b.bureau_id = t.bureau_id
LEFT JOIN src ON src.bureau_id = t.bureau_id AND src.fiscal_year = t.fiscal_year
LEFT JOIN regions g ON g.code = b.region_code
LEFT JOIN regions pf ON pf.code = g.prefecture_code
LEFT JOIN regions pv ON pv.code = g.province_code
ORDER BY spend_per_staff DESC NULLS LAST, t.bureau_id, t.fiscal_year`;
