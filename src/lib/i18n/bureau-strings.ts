// UI strings of the trends and bureau pages (zh default, en with ?lang=en), and the labels of
// fact-level vocabulary (fact metric ids, phases, scopes, document types, economic codes) that
// these pages show beside every number.
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

type Label = { zh: string; en: string };

const FACT_METRICS: Record<string, Label> = {
	'staff.authorized': { zh: '编制人数', en: 'Authorized posts' },
	'staff.authorized.administrative': { zh: '行政编制', en: 'Administrative posts' },
	'staff.authorized.institutional': { zh: '事业编制', en: 'Institutional posts' },
	'staff.authorized.worker': { zh: '工勤编制', en: 'Worker posts' },
	'staff.actual': { zh: '实有在职人数', en: 'Staff in post' },
	'staff.retired': { zh: '退休人员', en: 'Retired staff' },
	'staff.temporary': { zh: '临时聘用人员', en: 'Temporary staff' },
	'spend.total': { zh: '支出合计', en: 'Total spending' },
	'spend.basic': { zh: '基本支出', en: 'Basic spending' },
	'spend.basic.personnel': { zh: '人员经费', en: 'Personnel cost' },
	'spend.basic.public': { zh: '公用经费', en: 'Public (running) cost' },
	'spend.project': { zh: '项目支出', en: 'Project spending' },
	'spend.project.item': { zh: '项目明细', en: 'Project item' },
	'spend.three_public': { zh: '“三公”经费', en: 'Three-public spending' },
	'spend.three_public.reception': { zh: '公务接待费', en: 'Official reception' },
	'spend.three_public.vehicle': { zh: '公务用车费', en: 'Official vehicles' },
	'spend.three_public.overseas': { zh: '因公出国（境）费', en: 'Official overseas travel' },
	'spend.operating': { zh: '机关运行经费', en: 'Operating cost' },
	'spend.procurement': { zh: '政府采购', en: 'Government procurement' },
	'income.total': { zh: '收入合计', en: 'Total income' },
	'income.fiscal': { zh: '财政拨款收入', en: 'Fiscal appropriations' },
	'spend.econ': { zh: '经济分类支出', en: 'Spending by economic class' },
	'spend.func': { zh: '功能分类支出', en: 'Spending by function' },
	'petition.total': { zh: '信访总量', en: 'Petition volume' },
	'petition.letters': { zh: '来信', en: 'Letters' },
	'petition.visits.batches': { zh: '来访批次', en: 'Visit batches' },
	'petition.visits.persons': { zh: '来访人次', en: 'Visitors' },
	'petition.online': { zh: '网上信访', en: 'Online petitions' },
	'petition.matters': { zh: '信访事项', en: 'Petition matters' },
	'petition.resolved': { zh: '办结/化解', en: 'Resolved' },
	'petition.national_visits.batches': { zh: '进京访批次', en: 'Visits to Beijing (batches)' },
	'petition.national_visits.persons': { zh: '进京访人次', en: 'Visits to Beijing (persons)' },
	'petition.provincial_visits.batches': { zh: '赴省访批次', en: 'Visits to the province (batches)' },
	'petition.provincial_visits.persons': { zh: '赴省访人次', en: 'Visits to the province (persons)' },
	'petition.disputes_screened': { zh: '矛盾纠纷排查', en: 'Disputes screened' },
	'petition.disputes_resolved': { zh: '矛盾纠纷化解', en: 'Disputes resolved' },
	'perf.score': { zh: '绩效自评得分', en: 'Self-evaluation score' },
	'perf.grade': { zh: '绩效等级', en: 'Grade' }
};

const RATES: Record<string, Label> = {
	timely_acceptance: { zh: '及时受理率', en: 'timely acceptance' },
	on_time_completion: { zh: '按期办结率', en: 'on-time completion' },
	satisfaction: { zh: '群众满意率', en: 'satisfaction' },
	assigned_completion: { zh: '交办件办结率', en: 'assigned cases completed' },
	assigned_resolution: { zh: '交办件化解率', en: 'assigned cases resolved' },
	repeat_after_closure: { zh: '办结后重复信访率', en: 'repeat after closure' }
};

export function factMetricLabel(lang: Lang, metric: string): string {
	const known = FACT_METRICS[metric];
	if (known) return known[lang];
	if (metric.startsWith('petition.rate.')) {
		const rate = metric.slice('petition.rate.'.length);
		const r = RATES[rate];
		if (r) return lang === 'zh' ? r.zh : `Rate: ${r.en}`;
		return lang === 'zh' ? `比率（${rate}）` : `Rate: ${rate.replaceAll('_', ' ')}`;
	}
	return metric;
}

const PHASES: Record<string, Label> = {
	actual: { zh: '实际数', en: 'actual' },
	budget: { zh: '预算数', en: 'budget' },
	adjusted_budget: { zh: '调整后预算', en: 'adjusted budget' },
	prior_year: { zh: '上年数', en: 'prior year' }
};

const SCOPES: Record<string, Label> = {
	all_funds: { zh: '全部资金', en: 'all funds' },
	general_public_budget: { zh: '一般公共预算财政拨款', en: 'general-budget appropriations' }
};

const DOC_TYPES: Record<string, Label> = {
	final_accounts: { zh: '部门决算', en: 'Final accounts' },
	performance_self_eval: { zh: '绩效自评报告', en: 'Performance self-evaluation' },
	budget: { zh: '部门预算', en: 'Budget' },
	other: { zh: '其他', en: 'Other' }
};

const PARTS: Record<string, Label> = {
	basic: { zh: '基本支出', en: 'Basic' },
	project: { zh: '项目支出', en: 'Project' }
};

const pick = (table: Record<string, Label>, lang: Lang, key: string | null): string =>
	key === null ? '' : (table[key]?.[lang] ?? key);

export const phaseLabel = (lang: Lang, phase: string | null) => pick(PHASES, lang, phase);
export const scopeLabel = (lang: Lang, scope: string | null) => pick(SCOPES, lang, scope);
export const docTypeLabel = (lang: Lang, docType: string | null) => pick(DOC_TYPES, lang, docType);
export const partLabel = (lang: Lang, part: string | null) => pick(PARTS, lang, part);

// Names of the economic classes and the items petition bureaus report (部门预算支出经济分类).
const ECON: Record<string, Label> = {
	'301': { zh: '工资福利支出', en: 'Wages and benefits' },
	'302': { zh: '商品和服务支出', en: 'Goods and services' },
	'303': { zh: '对个人和家庭的补助', en: 'Transfers to households' },
	'307': { zh: '债务利息及费用支出', en: 'Interest' },
	'310': { zh: '资本性支出', en: 'Capital spending' },
	'399': { zh: '其他支出', en: 'Other' }
};

const ECON_ITEMS: Record<string, string> = {
	'30101': '基本工资', '30102': '津贴补贴', '30103': '奖金', '30106': '伙食补助费', '30107': '绩效工资',
	'30108': '机关事业单位基本养老保险缴费', '30109': '职业年金缴费', '30110': '职工基本医疗保险缴费',
	'30111': '公务员医疗补助缴费', '30112': '其他社会保障缴费', '30113': '住房公积金', '30114': '医疗费',
	'30199': '其他工资福利支出', '30201': '办公费', '30202': '印刷费', '30203': '咨询费', '30204': '手续费',
	'30205': '水费', '30206': '电费', '30207': '邮电费', '30208': '取暖费', '30209': '物业管理费', '30211': '差旅费',
	'30212': '因公出国（境）费用', '30213': '维修（护）费', '30214': '租赁费', '30215': '会议费', '30216': '培训费',
	'30217': '公务接待费', '30218': '专用材料费', '30224': '被装购置费', '30225': '专用燃料费', '30226': '劳务费',
	'30227': '委托业务费', '30228': '工会经费', '30229': '福利费', '30231': '公务用车运行维护费', '30239': '其他交通费用',
	'30240': '税金及附加费用', '30299': '其他商品和服务支出', '30301': '离休费', '30302': '退休费', '30303': '退职（役）费',
	'30304': '抚恤金', '30305': '生活补助', '30306': '救济费', '30307': '医疗费补助', '30308': '助学金', '30309': '奖励金',
	'30311': '代缴社会保险费', '30399': '其他对个人和家庭的补助', '31001': '房屋建筑物购建', '31002': '办公设备购置',
	'31003': '专用设备购置', '31005': '基础设施建设', '31006': '大型修缮', '31007': '信息网络及软件购置更新',
	'31013': '公务用车购置', '31019': '其他交通工具购置', '31022': '无形资产购置', '31099': '其他资本性支出'
};

const FUNC: Record<string, string> = {
	'201': '一般公共服务支出', '20103': '政府办公厅（室）及相关机构事务', '2010301': '行政运行', '2010350': '事业运行',
	'2010308': '信访事务', '208': '社会保障和就业支出', '20805': '行政事业单位养老支出',
	'2080505': '机关事业单位基本养老保险缴费支出', '2080506': '机关事业单位职业年金缴费支出', '210': '卫生健康支出',
	'21011': '行政事业单位医疗', '2101101': '行政单位医疗', '221': '住房保障支出', '22102': '住房改革支出', '2210201': '住房公积金'
};

/** 30211 -> "30211 差旅费"; the English page keeps the code and the class name. */
export function econLabel(lang: Lang, code: string): string {
	const cls = ECON[code];
	if (cls) return `${code} ${cls[lang]}`;
	const item = ECON_ITEMS[code];
	return item ? `${code} ${item}` : code;
}

export function funcLabel(code: string): string {
	const name = FUNC[code];
	return name ? `${code} ${name}` : code;
}
