// The data-quality page's SQL: which bureau reports which group of metrics in which year
// (coverage, aggregated to provinces or prefectures with drill-down, or bureau by bureau), the
// arithmetic checks of every report, and the problems met while reading the files.
import type { Lang } from '../url/view-state.ts';

export interface MetricGroup {
	id: string;
	zh: string;
	en: string;
	/** SQL condition over facts.metric */
	where: string;
}

export const METRIC_GROUPS: MetricGroup[] = [
	{ id: 'staffing', zh: '人员编制', en: 'Staffing', where: `metric LIKE 'staff.%'` },
	{ id: 'totals', zh: '支出总额', en: 'Spending totals', where: `metric IN ('spend.total', 'spend.basic', 'spend.project')` },
	{
		id: 'composition', zh: '支出构成', en: 'Composition',
		where: `(metric LIKE 'spend.basic.%' OR metric IN ('spend.econ', 'spend.func', 'spend.project.item', 'spend.operating', 'spend.procurement'))`
	},
	{ id: 'three_public', zh: '“三公”经费', en: 'Three public', where: `metric LIKE 'spend.three_public%'` },
	{ id: 'income', zh: '收入', en: 'Income', where: `metric LIKE 'income.%'` },
	{ id: 'petition', zh: '信访量', en: 'Petition volume', where: `metric LIKE 'petition.%'` },
	{ id: 'performance', zh: '绩效', en: 'Performance', where: `metric LIKE 'perf.%'` }
];

export const GROUP_BY_ID = new Map(METRIC_GROUPS.map((g) => [g.id, g]));

export type CoverageUnit = 'province' | 'prefecture' | 'bureau';

export interface CoverageFilter {
	province: string | null;
	prefecture: string | null;
	/** bureau: every bureau of the filter, one row each */
	unit: CoverageUnit | null;
}

export const COVERAGE_PAGE = 50;

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;
const code = (s: string | null) => (s && /^\d{6}$/.test(s) ? s : null);

/** Which rows the matrix has: provinces nationally, prefectures in a province, bureaus below. */
export function coverageUnit(f: CoverageFilter): CoverageUnit {
	if (f.unit === 'bureau' || code(f.prefecture)) return 'bureau';
	return code(f.province) ? 'prefecture' : 'province';
}

const GROUP_CASE = `CASE ${METRIC_GROUPS.map((g) => `WHEN ${g.where} THEN ${lit(g.id)}`).join(' ')} END`;

/** One row per bureau, year and metric group that has at least one fact (all phases). */
export const COVERAGE_FACTS_SQL = `SELECT bureau_id, fiscal_year, ${GROUP_CASE} AS grp, count(*) AS facts
	FROM facts WHERE fiscal_year IS NOT NULL GROUP BY ALL HAVING grp IS NOT NULL`;

// Each bureau with the unit it is counted in at every level; bureaus without a known region, and
// counties directly under a province, get a unit of their own.
const bureauUnits = (lang: Lang) => {
	const none = lang === 'en' ? 'region unknown' : '地区不明';
	const direct = lang === 'en' ? '(directly under the province)' : '（省直管）';
	return `SELECT b.bureau_id, b.name AS bureau_name, g.province_code, g.prefecture_code,
		coalesce(g.province_code, '-') AS province_key, coalesce(pv.name, ${lit(none)}) AS province_name,
		coalesce(g.prefecture_code, coalesce(g.province_code, '-') || ':direct') AS prefecture_key,
		coalesce(pf.name, CASE WHEN g.province_code IS NULL THEN ${lit(none)} ELSE ${lit(direct)} END) AS prefecture_name
	FROM bureaus b
	LEFT JOIN regions g ON g.code = b.region_code
	LEFT JOIN regions pv ON pv.code = g.province_code
	LEFT JOIN regions pf ON pf.code = g.prefecture_code`;
};

function unitWhere(f: CoverageFilter): string {
	const w: string[] = [];
	if (code(f.province)) w.push(`province_code = ${lit(f.province!)}`);
	if (code(f.prefecture)) w.push(`prefecture_code = ${lit(f.prefecture!)}`);
	return w.length ? `WHERE ${w.join(' AND ')}` : '';
}

const unitCols = (u: CoverageUnit) =>
	u === 'province' ? 'province_key AS unit_key, province_name AS unit_name'
	: u === 'prefecture' ? 'prefecture_key AS unit_key, prefecture_name AS unit_name'
	: 'bureau_id AS unit_key, bureau_name AS unit_name';

/** The units of the matrix, one page of them, with their number of bureaus and the total count. */
export function coverageUnitsSql(f: CoverageFilter, lang: Lang, page: number, pageSize = COVERAGE_PAGE): string {
	const u = coverageUnit(f);
	return `SELECT unit_key, any_value(unit_name) AS unit_name, count(*) AS bureaus, count(*) OVER () AS units
	FROM (SELECT ${unitCols(u)} FROM (${bureauUnits(lang)}) ${unitWhere(f)})
	GROUP BY unit_key
	ORDER BY unit_key
	LIMIT ${Math.trunc(pageSize)} OFFSET ${Math.max(0, Math.trunc(page)) * Math.trunc(pageSize)}`;
}

/** Cells for the given units: bureaus with data (and facts) per unit, year and group. */
export function coverageCellsSql(f: CoverageFilter, lang: Lang, unitKeys: string[], coverage = `(${COVERAGE_FACTS_SQL})`): string {
	const u = coverageUnit(f);
	const keys = unitKeys.length ? unitKeys.map(lit).join(', ') : "''";
	return `SELECT unit_key, c.fiscal_year, c.grp, count(DISTINCT c.bureau_id) AS bureaus_with, sum(c.facts) AS facts
	FROM (SELECT bureau_id, ${unitCols(u)} FROM (${bureauUnits(lang)}) ${unitWhere(f)}) b
	JOIN ${coverage} c ON c.bureau_id = b.bureau_id
	WHERE unit_key IN (${keys})
	GROUP BY ALL`;
}

export const COVERAGE_YEARS_SQL = (coverage = `(${COVERAGE_FACTS_SQL})`) =>
	`SELECT DISTINCT fiscal_year AS year FROM ${coverage} ORDER BY 1`;

/** The matrix as a flat table for download: every unit of the filter, year and group. */
export function coverageExportSql(f: CoverageFilter, lang: Lang, coverage = `(${COVERAGE_FACTS_SQL})`): string {
	const u = coverageUnit(f);
	return `WITH b AS (SELECT bureau_id, ${unitCols(u)} FROM (${bureauUnits(lang)}) ${unitWhere(f)}),
	units AS (SELECT unit_key, any_value(unit_name) AS unit_name, count(*) AS bureaus FROM b GROUP BY unit_key),
	years AS (SELECT DISTINCT fiscal_year FROM ${coverage}),
	groups AS (SELECT unnest([${METRIC_GROUPS.map((g) => lit(g.id)).join(', ')}]) AS grp),
	cells AS (
		SELECT unit_key, c.fiscal_year, c.grp, count(DISTINCT c.bureau_id) AS bureaus_with, sum(c.facts) AS facts
		FROM b JOIN ${coverage} c ON c.bureau_id = b.bureau_id GROUP BY ALL
	)
	SELECT ${lit(u)} AS unit_level, units.unit_key, units.unit_name, units.bureaus, years.fiscal_year, groups.grp AS metric_group,
		coalesce(cells.bureaus_with, 0) AS bureaus_with_data, coalesce(cells.facts, 0) AS facts
	FROM units CROSS JOIN years CROSS JOIN groups
	LEFT JOIN cells ON cells.unit_key = units.unit_key AND cells.fiscal_year = years.fiscal_year AND cells.grp = groups.grp
	ORDER BY units.unit_key, years.fiscal_year, metric_group`;
}
