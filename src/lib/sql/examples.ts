// Saved example queries of the SQL console, over the canonical tables. Each runs unchanged on
// the Parquet files in DuckDB, Spark SQL or Trino after the table names are pointed at them.
export interface ExampleQuery {
	id: string;
	zh: string;
	en: string;
	sql: string;
}

export const EXAMPLES: ExampleQuery[] = [
	{
		id: 'per-staff-by-prefecture',
		zh: '各地市人均支出（中位数）',
		en: 'Spending per staff member by prefecture (median)',
		sql: `-- 人均支出 = 支出合计 ÷ 年末实有人数（万元/人），各单位最近年度
SELECT province, prefecture, count(*) AS bureaus,
       round(median(spend_per_staff), 2) AS median_per_staff
FROM (
  SELECT * FROM bureau_year WHERE spend_per_staff IS NOT NULL
  QUALIFY row_number() OVER (PARTITION BY bureau_id ORDER BY fiscal_year DESC) = 1
)
GROUP BY province, prefecture
ORDER BY median_per_staff DESC`
	},
	{
		id: 'petitions-by-year',
		zh: '各年度信访总量',
		en: 'Petition volume by year',
		sql: `-- 信访总量（批/件次），同一单位同一年度多份报告时取最大值
SELECT fiscal_year, count(DISTINCT bureau_id) AS bureaus, sum(total) AS petitions
FROM (
  SELECT bureau_id, fiscal_year, max(value) AS total
  FROM facts WHERE metric = 'petition.total' AND value IS NOT NULL
  GROUP BY bureau_id, fiscal_year
)
GROUP BY fiscal_year
ORDER BY fiscal_year`
	},
	{
		id: 'failed-checks',
		zh: '未通过的勾稽检查',
		en: 'Checks that failed',
		sql: `-- 报告内部加总不符（容差 0.05 万元）的检查
SELECT r.source_file, c."check", c.fiscal_year, c.expected, c.actual,
       round(c.actual - c.expected, 2) AS difference, c.status, c.message
FROM checks c JOIN reports r USING (report_key)
WHERE c.status <> 'ok'
ORDER BY c.status, r.source_file`
	},
	{
		id: 'facts-of-a-report',
		zh: '一份报告的全部数字及原文',
		en: 'Every number of one report, with its source text',
		sql: `SELECT metric, fiscal_year, phase, scope, value, unit, src_start, src_end, src_text
FROM facts
WHERE report_id = (SELECT report_id FROM reports ORDER BY fiscal_year DESC, source_file LIMIT 1)
ORDER BY src_start`
	}
];
