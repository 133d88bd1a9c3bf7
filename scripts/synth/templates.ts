// The facts each synthetic bureau-year gets, as SQL expressions over its parameters (see
// panel-sql.ts): the same metric ids, parts, scopes and phases as the real reports, with
// parts that add up to their wholes the way real reports do (basic = personnel + public,
// total = basic + project, economic items within their class).
//
// Parameters: total (万元, all funds), p (project share), q (personnel share of basic),
// g (general-budget share of all funds), auth/actual/retired (人), vol (petition volume),
// pop (residents), r(k) a deterministic uniform in [0, 1) for key k.

export interface FactTemplate {
	metric: string;
	unit: string;
	phase: 'actual' | 'budget' | 'prior_year';
	scope: 'all_funds' | 'general_public_budget' | null;
	part?: 'basic' | 'project' | null;
	econ_code?: string;
	func_code?: string;
	item_label?: string;
	/** SQL expression of the value */
	value: string;
	/** zh label used in the generated source line */
	label: string;
}

const basic = '(total * (1 - p))';
const personnel = `(${basic} * q)`;
const pub = `(${basic} * (1 - q))`;
const project = '(total * p)';

const T = (t: FactTemplate) => t;
const both = (t: Omit<FactTemplate, 'scope'>): FactTemplate[] => [
	{ ...t, scope: 'all_funds' },
	{ ...t, scope: 'general_public_budget', value: `(${t.value}) * g` }
];

// Economic classification: items of 301 (personnel), 302 (public, and project), 303, 310.
const ECON_301: [string, string, number][] = [
	['30101', '基本工资', 0.27], ['30102', '津贴补贴', 0.15], ['30103', '奖金', 0.17], ['30107', '绩效工资', 0.04],
	['30108', '机关事业单位基本养老保险缴费', 0.09], ['30109', '职业年金缴费', 0.04], ['30110', '职工基本医疗保险缴费', 0.05],
	['30112', '其他社会保障缴费', 0.01], ['30113', '住房公积金', 0.08], ['30199', '其他工资福利支出', 0.04]
];
const ECON_302: [string, string, number][] = [
	['30201', '办公费', 0.16], ['30202', '印刷费', 0.04], ['30205', '水费', 0.01], ['30206', '电费', 0.04],
	['30207', '邮电费', 0.05], ['30209', '物业管理费', 0.06], ['30211', '差旅费', 0.12], ['30213', '维修(护)费', 0.03],
	['30214', '租赁费', 0.02], ['30215', '会议费', 0.02], ['30216', '培训费', 0.02], ['30217', '公务接待费', 0.02],
	['30226', '劳务费', 0.08], ['30227', '委托业务费', 0.06], ['30228', '工会经费', 0.03], ['30229', '福利费', 0.03],
	['30231', '公务用车运行维护费', 0.05], ['30239', '其他交通费用', 0.09], ['30299', '其他商品和服务支出', 0.07]
];
const ITEMS = ['信访救助经费', '驻京劝返工作经费', '信访信息化建设经费', '矛盾纠纷排查化解经费', '信访业务工作经费'];

export const TEMPLATES: FactTemplate[] = [
	T({ metric: 'staff.authorized', unit: '人', phase: 'actual', scope: null, value: 'auth', label: '编制人数' }),
	T({ metric: 'staff.authorized.administrative', unit: '人', phase: 'actual', scope: null, value: 'round(auth * 0.6)', label: '行政编制' }),
	T({ metric: 'staff.authorized.institutional', unit: '人', phase: 'actual', scope: null, value: 'auth - round(auth * 0.6) - round(auth * 0.1)', label: '事业编制' }),
	T({ metric: 'staff.authorized.worker', unit: '人', phase: 'actual', scope: null, value: 'round(auth * 0.1)', label: '工勤编制' }),
	T({ metric: 'staff.actual', unit: '人', phase: 'actual', scope: null, value: 'actual', label: '年末实有在职人数' }),
	T({ metric: 'staff.retired', unit: '人', phase: 'actual', scope: null, value: 'retired', label: '退休人员' }),
	T({ metric: 'staff.temporary', unit: '人', phase: 'actual', scope: null, value: 'round(actual * 0.3 * r(7))', label: '临聘人员' }),
	...both({ metric: 'spend.total', unit: '万元', phase: 'actual', value: 'total', label: '本年支出合计' }),
	...both({ metric: 'spend.basic', unit: '万元', phase: 'actual', value: basic, label: '基本支出' }),
	...both({ metric: 'spend.basic.personnel', unit: '万元', phase: 'actual', value: personnel, label: '人员经费' }),
	...both({ metric: 'spend.basic.public', unit: '万元', phase: 'actual', value: pub, label: '公用经费' }),
	...both({ metric: 'spend.project', unit: '万元', phase: 'actual', value: project, label: '项目支出' }),
	...both({ metric: 'spend.total', unit: '万元', phase: 'budget', value: 'total * (0.9 + 0.15 * r(11))', label: '年初预算支出' }),
	...both({ metric: 'spend.basic', unit: '万元', phase: 'budget', value: `${basic} * (0.95 + 0.08 * r(12))`, label: '年初预算基本支出' }),
	...both({ metric: 'spend.project', unit: '万元', phase: 'budget', value: `${project} * (0.8 + 0.3 * r(13))`, label: '年初预算项目支出' }),
	T({ metric: 'spend.three_public', unit: '万元', phase: 'actual', scope: 'general_public_budget', value: `${pub} * 0.09`, label: '“三公”经费支出' }),
	T({ metric: 'spend.three_public.reception', unit: '万元', phase: 'actual', scope: 'general_public_budget', value: `${pub} * 0.02`, label: '公务接待费' }),
	T({ metric: 'spend.three_public.vehicle', unit: '万元', phase: 'actual', scope: 'general_public_budget', value: `${pub} * 0.07`, label: '公务用车运行维护费' }),
	T({ metric: 'spend.three_public.overseas', unit: '万元', phase: 'actual', scope: 'general_public_budget', value: '0', label: '因公出国（境）费' }),
	T({ metric: 'spend.operating', unit: '万元', phase: 'actual', scope: 'general_public_budget', value: `${pub} * g`, label: '机关运行经费' }),
	T({ metric: 'spend.procurement', unit: '万元', phase: 'actual', scope: 'all_funds', value: `total * 0.04 * r(21)`, label: '政府采购支出' }),
	T({ metric: 'income.total', unit: '万元', phase: 'actual', scope: 'all_funds', value: 'total * (0.98 + 0.03 * r(22))', label: '本年收入合计' }),
	T({ metric: 'income.fiscal', unit: '万元', phase: 'actual', scope: 'general_public_budget', value: 'total * g * (0.98 + 0.03 * r(23))', label: '财政拨款收入' }),
	T({ metric: 'spend.econ', unit: '万元', phase: 'actual', scope: 'general_public_budget', part: 'basic', econ_code: '301', value: `${personnel} * g`, label: '工资福利支出' }),
	...ECON_301.map(([code, label, s]) => T({ metric: 'spend.econ', unit: '万元', phase: 'actual', scope: 'general_public_budget', part: 'basic', econ_code: code, value: `${personnel} * g * ${s}`, label })),
	T({ metric: 'spend.econ', unit: '万元', phase: 'actual', scope: 'general_public_budget', part: 'basic', econ_code: '302', value: `${pub} * g * 0.93`, label: '商品和服务支出' }),
	...ECON_302.map(([code, label, s]) => T({ metric: 'spend.econ', unit: '万元', phase: 'actual', scope: 'general_public_budget', part: 'basic', econ_code: code, value: `${pub} * g * 0.93 * ${s}`, label })),
	T({ metric: 'spend.econ', unit: '万元', phase: 'actual', scope: 'general_public_budget', part: 'basic', econ_code: '303', value: `${pub} * g * 0.05`, label: '对个人和家庭的补助' }),
	T({ metric: 'spend.econ', unit: '万元', phase: 'actual', scope: 'general_public_budget', part: 'basic', econ_code: '310', value: `${pub} * g * 0.02`, label: '资本性支出' }),
	T({ metric: 'spend.econ', unit: '万元', phase: 'actual', scope: 'general_public_budget', part: 'project', econ_code: '302', value: `${project} * g * 0.8`, label: '商品和服务支出' }),
	...ECON_302.slice(0, 12).map(([code, label, s]) => T({ metric: 'spend.econ', unit: '万元', phase: 'actual', scope: 'general_public_budget', part: 'project', econ_code: code, value: `${project} * g * 0.8 * ${s}`, label })),
	T({ metric: 'spend.econ', unit: '万元', phase: 'actual', scope: 'general_public_budget', part: 'project', econ_code: '303', value: `${project} * g * 0.15`, label: '对个人和家庭的补助' }),
	T({ metric: 'spend.econ', unit: '万元', phase: 'actual', scope: 'general_public_budget', part: 'project', econ_code: '310', value: `${project} * g * 0.05`, label: '资本性支出' }),
	T({ metric: 'spend.func', unit: '万元', phase: 'actual', scope: 'general_public_budget', func_code: '201', value: 'total * g * 0.88', label: '一般公共服务支出' }),
	T({ metric: 'spend.func', unit: '万元', phase: 'actual', scope: 'general_public_budget', func_code: '20103', value: 'total * g * 0.88', label: '政府办公厅（室）及相关机构事务' }),
	T({ metric: 'spend.func', unit: '万元', phase: 'actual', scope: 'general_public_budget', func_code: '2010308', value: 'total * g * 0.88', label: '信访事务' }),
	T({ metric: 'spend.func', unit: '万元', phase: 'actual', scope: 'general_public_budget', func_code: '2080505', value: 'total * g * 0.05', label: '机关事业单位基本养老保险缴费支出' }),
	T({ metric: 'spend.func', unit: '万元', phase: 'actual', scope: 'general_public_budget', func_code: '2101101', value: 'total * g * 0.03', label: '行政单位医疗' }),
	T({ metric: 'spend.func', unit: '万元', phase: 'actual', scope: 'general_public_budget', func_code: '2210201', value: 'total * g * 0.04', label: '住房公积金' }),
	...ITEMS.map((item, i) => T({ metric: 'spend.project.item', unit: '万元', phase: 'actual', scope: 'general_public_budget', item_label: item, value: `${project} * g * ${[0.35, 0.25, 0.15, 0.15, 0.1][i]}`, label: item })),
	...both({ metric: 'spend.total', unit: '万元', phase: 'prior_year', value: 'prior_total', label: '上年支出合计' }),
	...both({ metric: 'spend.basic', unit: '万元', phase: 'prior_year', value: 'prior_total * (1 - p)', label: '上年基本支出' }),
	...both({ metric: 'spend.project', unit: '万元', phase: 'prior_year', value: 'prior_total * p', label: '上年项目支出' }),
	T({ metric: 'petition.total', unit: '件次', phase: 'actual', scope: null, value: 'vol', label: '信访总量' }),
	T({ metric: 'petition.letters', unit: '件', phase: 'actual', scope: null, value: 'round(vol * 0.18)', label: '来信' }),
	T({ metric: 'petition.visits.batches', unit: '批', phase: 'actual', scope: null, value: 'round(vol * 0.32)', label: '来访批次' }),
	T({ metric: 'petition.visits.persons', unit: '人次', phase: 'actual', scope: null, value: 'round(vol * 0.32 * (1.8 + 1.2 * r(31)))', label: '来访人次' }),
	T({ metric: 'petition.online', unit: '件', phase: 'actual', scope: null, value: 'vol - round(vol * 0.18) - round(vol * 0.32)', label: '网上信访' }),
	T({ metric: 'petition.matters', unit: '件', phase: 'actual', scope: null, value: 'round(vol * 0.7)', label: '信访事项' }),
	T({ metric: 'petition.resolved', unit: '件', phase: 'actual', scope: null, value: 'round(vol * 0.7 * (0.85 + 0.14 * r(32)))', label: '办结' }),
	T({ metric: 'petition.national_visits.batches', unit: '批', phase: 'actual', scope: null, value: 'round(vol * 0.004 * r(33))', label: '进京登记' }),
	T({ metric: 'petition.national_visits.persons', unit: '人次', phase: 'actual', scope: null, value: 'round(vol * 0.006 * r(33))', label: '进京登记人次' }),
	T({ metric: 'petition.provincial_visits.batches', unit: '批', phase: 'actual', scope: null, value: 'round(vol * 0.02 * r(34))', label: '赴省登记' }),
	T({ metric: 'petition.provincial_visits.persons', unit: '人次', phase: 'actual', scope: null, value: 'round(vol * 0.03 * r(34))', label: '赴省登记人次' }),
	T({ metric: 'petition.disputes_screened', unit: '件', phase: 'actual', scope: null, value: 'round(vol * (1 + r(35)))', label: '排查矛盾纠纷' }),
	T({ metric: 'petition.disputes_resolved', unit: '件', phase: 'actual', scope: null, value: 'round(vol * (1 + r(35)) * (0.9 + 0.09 * r(36)))', label: '化解矛盾纠纷' }),
	T({ metric: 'petition.rate.timely_acceptance', unit: '%', phase: 'actual', scope: null, value: 'round(95 + 5 * r(37), 1)', label: '及时受理率' }),
	T({ metric: 'petition.rate.on_time_completion', unit: '%', phase: 'actual', scope: null, value: 'round(92 + 8 * r(38), 1)', label: '按期办结率' }),
	T({ metric: 'petition.rate.satisfaction', unit: '%', phase: 'actual', scope: null, value: 'round(85 + 15 * r(39), 1)', label: '群众满意率' }),
	T({ metric: 'perf.score', unit: '分', phase: 'actual', scope: null, value: 'round(80 + 19 * r(41), 1)', label: '自评得分' })
];
