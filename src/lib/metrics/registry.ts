// Every metric the site shows, defined once: id, labels, unit, SQL over the bureau_year summary
// table (one row per bureau and year, built at ingest from the facts by the comparison-value
// rule, DESIGN.md), a one-line definition, and the facts it needs. Pages, charts, tooltips,
// downloads and the "how is this computed" popover all read this. A ratio whose input is
// missing or zero is NULL ("no data"), never 0.

export type MetricFormat = 'amount' | 'ratio' | 'count' | 'percent' | 'score';

export interface MetricDef {
	id: string;
	zh: string;
	en: string;
	unit: string;
	unitEn: string;
	/** SQL expression over bureau_year columns */
	sql: string;
	format: MetricFormat;
	definition: { zh: string; en: string };
	/** fact metric ids the value is computed from */
	needs: string[];
	/** a higher value is the more costly/remarkable one (rankings sort descending) */
	group: 'spending' | 'staffing' | 'petition' | 'performance';
}

// a ratio takes both inputs in one scope: all funds where both are stated so, else the general
// budget where both are, else no data
const sameScope = (num: [string, string], den: [string, string]) =>
	`CASE WHEN ${num[0]} IS NOT NULL AND ${den[0]} > 0 THEN ${num[0]} / ${den[0]}
		WHEN ${num[1]} IS NOT NULL AND ${den[1]} > 0 THEN ${num[1]} / ${den[1]} END`;

const M = (m: MetricDef) => m;

export const METRICS: MetricDef[] = [
	M({
		id: 'spend_per_staff', zh: '人均支出', en: 'Spending per staff member', unit: '万元/人', unitEn: '10k yuan per person',
		sql: 'spend_per_staff', format: 'ratio', group: 'spending', needs: ['spend.total', 'spend.basic', 'spend.project', 'staff.actual'],
		definition: {
			zh: '支出合计 ÷ 年末实有在职人数。支出合计取报告所列合计（全部资金优先，否则一般公共预算财政拨款），未列合计时为同一口径的基本支出 + 项目支出。',
			en: 'Total spending ÷ staff in post at year end. Total as stated (all funds first, else general-budget appropriations), else basic + project in one scope.'
		}
	}),
	M({
		id: 'personnel_per_staff', zh: '人均人员经费', en: 'Personnel cost per staff member', unit: '万元/人', unitEn: '10k yuan per person',
		sql: 'CASE WHEN staff_actual > 0 THEN coalesce(personnel_af, personnel_gpb) / staff_actual END', format: 'ratio', group: 'spending',
		needs: ['spend.basic.personnel', 'staff.actual'],
		definition: { zh: '基本支出中的人员经费 ÷ 年末实有在职人数（全部资金口径优先）。', en: 'Personnel part of basic spending ÷ staff in post (all funds first).' }
	}),
	M({
		id: 'spend_per_10k_residents', zh: '每万常住人口支出', en: 'Spending per 10,000 residents', unit: '万元/万人', unitEn: '10k yuan per 10k residents',
		sql: 'CASE WHEN population > 0 THEN total / population * 10000 END', format: 'ratio', group: 'spending', needs: ['spend.total'],
		definition: {
			zh: '支出合计 ÷ 辖区常住人口 × 10000。人口为 2020 年第七次全国人口普查数（各年度均用此数）。',
			en: 'Total spending ÷ resident population × 10,000, using the 2020 census for every year.'
		}
	}),
	M({
		id: 'spend_per_petition', zh: '每件信访支出', en: 'Spending per petition', unit: '万元/件次', unitEn: '10k yuan per petition',
		sql: 'CASE WHEN petition_total > 0 THEN total / petition_total END', format: 'ratio', group: 'petition', needs: ['spend.total', 'petition.total'],
		definition: { zh: '支出合计 ÷ 信访总量（件次）。', en: 'Total spending ÷ total petition volume.' }
	}),
	M({
		id: 'spend_per_visit_batch', zh: '每批次来访支出', en: 'Spending per visit batch', unit: '万元/批', unitEn: '10k yuan per visit batch',
		sql: 'CASE WHEN visits_batches > 0 THEN total / visits_batches END', format: 'ratio', group: 'petition', needs: ['spend.total', 'petition.visits.batches'],
		definition: { zh: '支出合计 ÷ 来访批次。', en: 'Total spending ÷ visit batches received.' }
	}),
	M({
		id: 'project_share', zh: '项目支出占比', en: 'Project share of spending', unit: '%', unitEn: '%',
		sql: sameScope(['project_af', 'project_gpb'], ['total_af_all', 'total_gpb_all']), format: 'percent', group: 'spending',
		needs: ['spend.project', 'spend.total'],
		definition: { zh: '项目支出 ÷ 支出合计，分子分母同一口径。', en: 'Project spending ÷ total spending, both in one scope.' }
	}),
	M({
		id: 'three_public_share', zh: '“三公”经费占比', en: 'Three-public share of spending', unit: '%', unitEn: '%',
		sql: sameScope(['three_public_af', 'three_public_gpb'], ['total_af_all', 'total_gpb_all']), format: 'percent', group: 'spending',
		needs: ['spend.three_public', 'spend.total'],
		definition: { zh: '“三公”经费（公务接待、公务用车、因公出国） ÷ 支出合计，同一口径。', en: 'Reception, vehicle and overseas-travel spending ÷ total spending, one scope.' }
	}),
	M({
		id: 'vacancy_rate', zh: '空编率', en: 'Vacancy rate', unit: '%', unitEn: '%',
		sql: 'CASE WHEN staff_authorized > 0 AND staff_actual IS NOT NULL THEN 1 - staff_actual / staff_authorized END', format: 'percent', group: 'staffing',
		needs: ['staff.authorized', 'staff.actual'],
		definition: { zh: '1 − 年末实有在职人数 ÷ 编制人数。负值表示超编。', en: '1 − staff in post ÷ authorized posts; negative means over establishment.' }
	}),
	M({
		id: 'total_yoy', zh: '支出同比变化', en: 'Spending, change on previous year', unit: '%', unitEn: '%',
		sql: 'CASE WHEN total_prev > 0 AND total IS NOT NULL THEN total / total_prev - 1 END', format: 'percent', group: 'spending',
		needs: ['spend.total'],
		definition: {
			zh: '（本年支出合计 − 上年支出合计）÷ 上年支出合计，两年同一口径；上年数可来自上年报告或本年报告所列上年数。',
			en: '(Total − previous year total) ÷ previous year total, same scope; the previous year may come from that year’s report or be restated in this one.'
		}
	}),
	M({
		id: 'spend_total', zh: '支出合计', en: 'Total spending', unit: '万元', unitEn: '10k yuan', sql: 'total', format: 'amount', group: 'spending',
		needs: ['spend.total', 'spend.basic', 'spend.project'],
		definition: { zh: '报告所列本年支出合计；未列时为同一口径的基本支出 + 项目支出（计算值）。', en: 'Stated total; else basic + project in one scope (computed).' }
	}),
	M({
		id: 'spend_basic', zh: '基本支出', en: 'Basic spending', unit: '万元', unitEn: '10k yuan', sql: 'basic', format: 'amount', group: 'spending',
		needs: ['spend.basic'], definition: { zh: '基本支出（人员经费 + 公用经费），全部资金口径优先。', en: 'Basic spending (personnel + public), all funds first.' }
	}),
	M({
		id: 'spend_project', zh: '项目支出', en: 'Project spending', unit: '万元', unitEn: '10k yuan', sql: 'project', format: 'amount', group: 'spending',
		needs: ['spend.project'], definition: { zh: '项目支出，全部资金口径优先。', en: 'Project spending, all funds first.' }
	}),
	M({
		id: 'spend_personnel', zh: '人员经费', en: 'Personnel cost', unit: '万元', unitEn: '10k yuan', sql: 'coalesce(personnel_af, personnel_gpb)', format: 'amount',
		group: 'spending', needs: ['spend.basic.personnel'], definition: { zh: '基本支出中的人员经费，全部资金口径优先。', en: 'Personnel part of basic spending, all funds first.' }
	}),
	M({
		id: 'staff_authorized', zh: '编制人数', en: 'Authorized posts', unit: '人', unitEn: 'persons', sql: 'staff_authorized', format: 'count', group: 'staffing',
		needs: ['staff.authorized'], definition: { zh: '年末核定编制总数。', en: 'Authorized establishment at year end.' }
	}),
	M({
		id: 'staff_actual', zh: '实有人数', en: 'Staff in post', unit: '人', unitEn: 'persons', sql: 'staff_actual', format: 'count', group: 'staffing',
		needs: ['staff.actual'], definition: { zh: '年末实有在职人数（不含退休人员）。', en: 'Staff in post at year end (retirees excluded).' }
	}),
	M({
		id: 'petition_total', zh: '信访总量', en: 'Petition volume', unit: '件次', unitEn: 'petitions', sql: 'petition_total', format: 'count', group: 'petition',
		needs: ['petition.total'], definition: { zh: '报告所列信访总量（来信、来访、网上信访等合计）。', en: 'Total petitions as stated (letters, visits, online).' }
	}),
	M({
		id: 'visits_batches', zh: '来访批次', en: 'Visit batches', unit: '批', unitEn: 'batches', sql: 'visits_batches', format: 'count', group: 'petition',
		needs: ['petition.visits.batches'], definition: { zh: '接待群众来访的批次数。', en: 'Batches of petitioners received in person.' }
	}),
	M({
		id: 'visits_persons', zh: '来访人次', en: 'Visitors', unit: '人次', unitEn: 'person-visits', sql: 'visits_persons', format: 'count', group: 'petition',
		needs: ['petition.visits.persons'], definition: { zh: '接待群众来访的人次。', en: 'Person-visits received.' }
	}),
	M({
		id: 'perf_score', zh: '绩效自评得分', en: 'Self-assessment score', unit: '分', unitEn: 'points', sql: 'perf_score', format: 'score', group: 'performance',
		needs: ['perf.score'], definition: { zh: '部门整体支出绩效自评得分。', en: 'Score of the department’s own performance self-evaluation.' }
	})
];

export const METRIC_BY_ID: ReadonlyMap<string, MetricDef> = new Map(METRICS.map((m) => [m.id, m]));

export const DEFAULT_METRIC = 'spend_per_staff';

export function metricById(id: string | null | undefined): MetricDef {
	return METRIC_BY_ID.get(id ?? '') ?? METRIC_BY_ID.get(DEFAULT_METRIC)!;
}

/** Problems with the registry itself (duplicate ids, unknown fact ids), found when it loads. */
export function registryProblems(knownFactMetric: (id: string) => boolean): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const m of METRICS) {
		if (seen.has(m.id)) problems.push(`duplicate metric id ${m.id}`);
		seen.add(m.id);
		for (const n of m.needs) if (!knownFactMetric(n)) problems.push(`${m.id} needs unknown fact metric ${n}`);
	}
	return problems;
}
