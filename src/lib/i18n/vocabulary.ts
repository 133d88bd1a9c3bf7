// The labels of the fact-level vocabulary (fact metric ids, phases, scopes, document types,
// parts, economic and functional codes), apart from the trends/bureau page strings so the
// components every page carries (source links, the inputs dialog) load only these.
import type { Lang } from '../url/view-state.ts';

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
