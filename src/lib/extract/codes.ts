// Names of the government classification codes a report may write without the code: economic
// classes and items (部门预算支出经济分类) and functional classes (支出功能分类 类, with the 款 and
// 项 a petition bureau uses). A name maps to a code only where it is unambiguous.

const ECON: Record<string, string[]> = {
	'301': ['工资福利支出'],
	'30101': ['基本工资'],
	'30102': ['津贴补贴'],
	'30103': ['奖金'],
	'30106': ['伙食补助费'],
	'30107': ['绩效工资'],
	'30108': ['机关事业单位基本养老保险缴费', '机关事业单位基本养老保险费'],
	'30109': ['职业年金缴费'],
	'30110': ['职工基本医疗保险缴费'],
	'30111': ['公务员医疗补助缴费'],
	'30112': ['其他社会保障缴费'],
	'30113': ['住房公积金'],
	'30114': ['医疗费'],
	'30199': ['其他工资福利支出'],
	'302': ['商品和服务支出'],
	'30201': ['办公费'],
	'30202': ['印刷费'],
	'30203': ['咨询费'],
	'30204': ['手续费'],
	'30205': ['水费'],
	'30206': ['电费'],
	'30207': ['邮电费'],
	'30208': ['取暖费'],
	'30209': ['物业管理费'],
	'30211': ['差旅费'],
	'30212': ['因公出国（境）费用'],
	'30213': ['维修（护）费', '维修费', '维护费'],
	'30214': ['租赁费'],
	'30215': ['会议费'],
	'30216': ['培训费'],
	'30217': ['公务接待费'],
	'30218': ['专用材料费'],
	'30224': ['被装购置费'],
	'30225': ['专用燃料费'],
	'30226': ['劳务费'],
	'30227': ['委托业务费'],
	'30228': ['工会经费'],
	'30229': ['福利费'],
	'30231': ['公务用车运行维护费'],
	'30239': ['其他交通费用', '其他交通费', '其它交通费', '其它交通费用'],
	'30240': ['税金及附加费用'],
	'30299': ['其他商品和服务支出', '其它商品和服务支出'],
	'303': ['对个人和家庭的补助', '对个人和家庭的补助支出', '对个人和家庭补助支出', '对个人和家庭补助'],
	'30301': ['离休费'],
	'30302': ['退休费'],
	'30303': ['退职（役）费'],
	'30304': ['抚恤金', '抚恤金支出'],
	'30305': ['生活补助'],
	'30306': ['救济费'],
	'30307': ['医疗费补助'],
	'30308': ['助学金'],
	'30309': ['奖励金'],
	'30310': ['个人农业生产补贴'],
	'30311': ['代缴社会保险费'],
	'30399': ['其他对个人和家庭的补助', '其他对个人和家庭的补助支出', '其他对个人和家庭补助支出'],
	'307': ['债务利息及费用支出'],
	'30701': ['国内债务付息'],
	'30702': ['国外债务付息'],
	'310': ['资本性支出'],
	'31001': ['房屋建筑物购建'],
	'31002': ['办公设备购置'],
	'31003': ['专用设备购置'],
	'31005': ['基础设施建设'],
	'31006': ['大型修缮'],
	'31007': ['信息网络及软件购置更新'],
	'31008': ['物资储备'],
	'31013': ['公务用车购置'],
	'31019': ['其他交通工具购置'],
	'31022': ['无形资产购置'],
	'31099': ['其他资本性支出']
};

const FUNC_CLASSES: Record<string, string> = {
	'201': '一般公共服务支出',
	'202': '外交支出',
	'203': '国防支出',
	'204': '公共安全支出',
	'205': '教育支出',
	'206': '科学技术支出',
	'207': '文化旅游体育与传媒支出',
	'208': '社会保障和就业支出',
	'210': '卫生健康支出',
	'211': '节能环保支出',
	'212': '城乡社区支出',
	'213': '农林水支出',
	'214': '交通运输支出',
	'221': '住房保障支出',
	'224': '灾害防治及应急管理支出',
	'229': '其他支出'
};

/** 类 / 款 / 项 paths a petition bureau's budget uses. */
const FUNC_PATHS: Record<string, string[]> = {
	'20103': ['一般公共服务支出', '政府办公厅（室）及相关机构事务'],
	'2010308': ['一般公共服务支出', '政府办公厅（室）及相关机构事务', '信访事务'],
	'20101': ['一般公共服务支出', '人大事务'],
	'2010301': ['一般公共服务支出', '政府办公厅（室）及相关机构事务', '行政运行'],
	'2010350': ['一般公共服务支出', '政府办公厅（室）及相关机构事务', '事业运行'],
	'22102': ['住房保障支出', '住房改革支出'],
	'2210201': ['住房保障支出', '住房改革支出', '住房公积金'],
	'20805': ['社会保障和就业支出', '行政事业单位养老支出'],
	'2080505': ['社会保障和就业支出', '行政事业单位养老支出', '机关事业单位基本养老保险缴费支出'],
	'2080506': ['社会保障和就业支出', '行政事业单位养老支出', '机关事业单位职业年金缴费支出'],
	'21011': ['卫生健康支出', '行政事业单位医疗'],
	'2101101': ['卫生健康支出', '行政事业单位医疗', '行政单位医疗']
};

const squash = (s: string) =>
	/[\s\u3000()]/.test(s) ? s.replace(/[\s\u3000]+/g, '').replace(/\(/g, '（').replace(/\)/g, '）') : s;

const econByName = new Map<string, string[]>();
for (const [code, names] of Object.entries(ECON))
	for (const n of names) econByName.set(squash(n), [...(econByName.get(squash(n)) ?? []), code]);

/** The economic code of a name, within a class when one is given (医疗费 under 301 is 30114). */
export function econCode(name: string, within?: string): string | null {
	// asked of every amount's subject: most are no economic name, so no array is made for them
	const codes = econByName.get(squash(name));
	if (codes === undefined) return null;
	let hit: string | null = null;
	for (const c of codes) {
		if (within && !c.startsWith(within)) continue;
		if (hit !== null) return null;
		hit = c;
	}
	return hit;
}

/** The economic classes basic spending's two parts are made of: 人员经费 and 公用经费. */
export const PERSONNEL_CLASSES = ['301', '303'] as const;
export const PUBLIC_CLASSES = ['302', '307', '310', '399'] as const;

export function isEconClass(code: string): boolean {
	return code.length === 3 && code.startsWith('3');
}

const funcClassByName = new Map<string, string[]>();
for (const [code, name] of Object.entries(FUNC_CLASSES)) funcClassByName.set(name, [...(funcClassByName.get(name) ?? []), code]);

export function funcClassCode(name: string): string | null {
	const n = squash(name);
	const hit = funcClassByName.get(n);
	return hit !== undefined && hit.length === 1 && n !== '其他支出' ? hit[0]! : null;
}

const FUNC_PATH_LIST = Object.entries(FUNC_PATHS);

/** The code of a 类（类）款（款）项（项） path as written, e.g. 一般公共服务支出 / 政府办公厅（室）及相关机构事务 / 信访事务. */
export function funcPathCode(parts: string[]): string | null {
	const p = parts.map(squash);
	for (const [code, path] of FUNC_PATH_LIST) if (path.length === p.length && path.every((x, i) => x === p[i])) return code;
	return null;
}

function allDigits(code: string): boolean {
	for (let i = 0; i < code.length; i++) {
		const c = code.charCodeAt(i);
		if (c < 48 || c > 57) return false;
	}
	return true;
}

/** 2xx, 2xxxx or 2xxxxxx (类, 款, 项 of the functional classification). */
export function isFuncCode(code: string): boolean {
	const n = code.length;
	return (n === 3 || n === 5 || n === 7) && code.charCodeAt(0) === 50 && allDigits(code);
}

/** 3xx or 3xxxx (class and item of the economic classification). */
export function isEconCode(code: string): boolean {
	const n = code.length;
	return (n === 3 || n === 5) && code.charCodeAt(0) === 51 && allDigits(code);
}
