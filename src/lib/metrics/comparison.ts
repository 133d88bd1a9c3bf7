// DESIGN.md "The comparison value": one number per bureau, year, metric and scope, chosen from
// the actual-phase facts. A report about that year wins (决算 before 绩效自评) over a value
// restated as prior_year in a later report; within a report the first statement wins. Budget
// phases never enter. Items (econ/func codes, project items) and sub-year periods are not
// department totals and are left out here.
export const COMPARISON_FACTS_SQL = `
SELECT bureau_id, fiscal_year, metric, scope, value, fact_key, report_key, derived
FROM (
	SELECT f.bureau_id, f.fiscal_year, f.metric, f.scope, f.value, f.fact_key, f.report_key, f.derived,
		row_number() OVER (
			PARTITION BY f.bureau_id, f.fiscal_year, f.metric, f.scope
			ORDER BY
				-- a report about the year itself before a later report restating it
				CASE WHEN f.phase = 'actual' AND r.fiscal_year = f.fiscal_year THEN 0 ELSE 1 END,
				CASE r.doc_type WHEN 'final_accounts' THEN 0 WHEN 'performance_self_eval' THEN 1 ELSE 2 END,
				-- among restatements, the nearest later year
				r.fiscal_year,
				f.fact_key
		) AS pick
	FROM facts f JOIN reports r ON r.report_key = f.report_key
	WHERE f.phase IN ('actual', 'prior_year')
		AND f.value IS NOT NULL
		AND f.fiscal_year IS NOT NULL
		AND f.econ_code IS NULL AND f.func_code IS NULL AND f.item_label IS NULL
		AND f.period IS NULL
) WHERE pick = 1`;
