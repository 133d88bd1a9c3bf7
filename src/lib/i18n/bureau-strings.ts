// UI strings of the trends and bureau pages (zh default, en with ?lang=en); the labels of the
// fact-level vocabulary they show beside every number are in vocabulary.ts (re-exported here).
import type { Lang } from '../url/view-state.ts';

const STRINGS = {
	'trends.title': { zh: '指标趋势', en: 'Trends' },
	'trends.lede': {
		zh: '一个指标的逐年变化，每家单位一条线。数值取自各单位报告；后一年报告所列的上年数也计入，并以空心点标出。',
		en: 'One metric over the years, one line per bureau. Values come from the bureaus’ reports; prior-year figures restated in a later report are included and drawn as hollow points.'
	},
	'trends.bureaus': { zh: '单位', en: 'Bureaus' },
	'trends.search': { zh: '搜索单位名称或代码', en: 'Search by name or code' },
	'trends.add': { zh: '添加', en: 'Add' },
	'trends.remove': { zh: '移除', en: 'Remove' },
	'trends.reset': { zh: '恢复默认（年份最多的单位）', en: 'Default (bureaus with most years)' },
	'trends.yearsOfData': { zh: '年有数据', en: 'years with data' },
	'trends.maxBureaus': { zh: '最多可选', en: 'At most' },
	'trends.restatedNote': {
		zh: '空心点：该年数值来自后一年报告所列的上年数（或由“较上年增减”推算），不是该年自己的报告。',
		en: 'Hollow points: the value was restated as the prior year in a later report (or derived from a stated change), not taken from that year’s own report.'
	},
	'trends.noneSelected': { zh: '未选择单位。', en: 'No bureau selected.' },
	'trends.noData': { zh: '无数据', en: 'No data' },
	'trends.noDataFor': { zh: '所选单位都没有该指标的数据', en: 'None of the selected bureaus has data for this metric' },
	'trends.missing': { zh: '以下单位没有该指标的数据', en: 'Bureaus without data for this metric' },
	'trends.has': { zh: '报告给出', en: 'reports give' },
	'trends.lacks': { zh: '缺少', en: 'missing' },
	'trends.nothing': { zh: '报告未给出所需的任何数据', en: 'its reports give none of the inputs' },
	'trends.unknownBureau': { zh: '数据中没有此单位', en: 'not in the data' },
	'trends.table': { zh: '数据表（每个数值及其出处）', en: 'Data table (every value and where it comes from)' },
	'trends.restated': { zh: '上年数', en: 'restated' },
	'bureau.title': { zh: '单位档案', en: 'Bureau profile' },
	'bureau.notFound': { zh: '数据中没有此单位', en: 'This bureau is not in the data' },
	'bureau.noId': { zh: '未指定单位：请从概览表中选择一个单位。', en: 'No bureau given: pick one from the overview table.' },
	'bureau.population': { zh: '常住人口（2020年普查）', en: 'Residents (2020 census)' },
	'bureau.trendsLink': { zh: '在趋势页查看', en: 'Show in trends' },
	'bureau.composition': { zh: '支出构成', en: 'Spending composition' },
	'bureau.partBars': { zh: '基本支出与项目支出（逐年）', en: 'Basic and project spending by year' },
	'bureau.econTree': { zh: '按经济分类', en: 'By economic classification' },
	'bureau.noEcon': { zh: '报告未按经济分类列出支出。', en: 'The reports give no economic classification.' },
	'bureau.noParts': { zh: '报告未给出基本支出与项目支出。', en: 'The reports give no basic and project spending.' },
	'bureau.remainder': { zh: '未细分', en: 'not itemised' },
	'bureau.staffing': { zh: '人员编制', en: 'Staffing' },
	'bureau.petitions': { zh: '信访量', en: 'Petition volume' },
	'bureau.performance': { zh: '绩效自评', en: 'Performance self-evaluation' },
	'bureau.noStaff': { zh: '报告未给出人员数据。', en: 'The reports give no staffing figures.' },
	'bureau.noPetition': { zh: '报告未给出信访量。', en: 'The reports give no petition figures.' },
	'bureau.facts': { zh: '全部数据（按年度与指标）', en: 'Every fact (by year and metric)' },
	'bureau.factsLede': {
		zh: '报告中读出的每个数字，附原文句子、报告文件与字符位置（第 a–b 字，按 UTF-16 计）。',
		en: 'Every number read from the reports, with its sentence, report file and character range (UTF-16 code units).'
	},
	'bureau.reports': { zh: '来源报告', en: 'Reports' },
	'bureau.factsCount': { zh: '条数据', en: 'facts' },
	'bureau.metric': { zh: '指标', en: 'Metric' },
	'bureau.detail': { zh: '细目', en: 'Item' },
	'bureau.phase': { zh: '口径/阶段', en: 'Phase' },
	'bureau.scope': { zh: '资金范围', en: 'Scope' },
	'bureau.sourceText': { zh: '原文', en: 'Source sentence' },
	'bureau.where': { zh: '报告与位置', en: 'Report and range' },
	'bureau.derived': { zh: '推算', en: 'derived' },
	'bureau.docType': { zh: '类型', en: 'Type' },
	'bureau.fiscalYear': { zh: '年度', en: 'Fiscal year' },
	'bureau.file': { zh: '文件', en: 'File' },
	'bureau.reportTitle': { zh: '标题', en: 'Title' },
	'bureau.comparisonNote': {
		zh: '各年度取比较值：该年自己的报告优先（决算先于绩效自评），其次为后一年报告所列上年数；金额全部资金口径优先。',
		en: 'Comparison values: the year’s own report first (final accounts before self-evaluation), then a later report’s prior-year figure; amounts in all funds where stated.'
	},
	'common.year': { zh: '年度', en: 'Year' },
	'common.unit': { zh: '单位', en: 'Unit' },
	'common.value': { zh: '数值', en: 'Value' },
	'common.computed': { zh: '计算值：基本支出 + 项目支出', en: 'computed: basic + project' },
	'common.reportOf': { zh: '年报告', en: 'report' }
} as const satisfies Record<string, Record<Lang, string>>;

export type BureauStringKey = keyof typeof STRINGS;

export function bt(lang: Lang, key: BureauStringKey): string {
	return STRINGS[key][lang];
}

// the fact-level vocabulary lives in vocabulary.ts; re-exported for the pages that use both
export * from './vocabulary.ts';
