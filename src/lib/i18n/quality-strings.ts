// What the data-quality page says, in Chinese and English.
import type { Lang } from '../url/view-state.ts';

const S = {
	title: { zh: '数据质量', en: 'Data quality' },
	intro: {
		zh: '哪些单位的报告给出了哪些数据、每份报告的数字能否相互核对、哪些文件未能读取。',
		en: 'Which bureaus report which data, whether each report\'s numbers add up, and which files could not be read.'
	},
	coverage: { zh: '数据覆盖', en: 'Coverage' },
	coverageNote: {
		zh: '每格为该年度有此类数据的单位数 / 单位总数（含报告所列上年数与预算数）。点击地区名称可逐级展开。',
		en: 'Each cell: bureaus with data of the group in that year / bureaus (prior-year and budget figures count). Click a region to drill down.'
	},
	national: { zh: '全国', en: 'China' },
	allGroups: { zh: '全部指标组', en: 'All metric groups' },
	group: { zh: '指标组', en: 'Metric group' },
	everyBureau: { zh: '逐个单位列出', en: 'List every bureau' },
	unit: { zh: '地区 / 单位', en: 'Region / bureau' },
	bureaus: { zh: '单位数', en: 'Bureaus' },
	prev: { zh: '上一页', en: 'Previous' },
	next: { zh: '下一页', en: 'Next' },
	pageOf: { zh: '第 {p} / {n} 页', en: 'Page {p} of {n}' },
	checks: { zh: '核对结果', en: 'Arithmetic checks' },
	checksNote: {
		zh: '分项之和与总数是否一致（容差 0.05 万元），以及同一数字在报告中两处表述是否一致。',
		en: 'Whether the parts add up to the whole (within 0.05 万元), and whether a figure stated twice in a report is the same both times.'
	},
	allStatuses: { zh: '全部', en: 'All' },
	'status.fail': { zh: '不符', en: 'Fail' },
	'status.warn': { zh: '存疑', en: 'Warning' },
	'status.ok': { zh: '通过', en: 'OK' },
	report: { zh: '报告', en: 'Report' },
	check: { zh: '核对项', en: 'Check' },
	expected: { zh: '报告所列 / 第一处', en: 'Stated / first' },
	actual: { zh: '分项合计 / 第二处', en: 'Sum of parts / second' },
	difference: { zh: '差额', en: 'Difference' },
	status: { zh: '状态', en: 'Status' },
	statedTwice: { zh: '同一数字两处表述不一致', en: 'The same figure stated twice, differently' },
	atChar: { zh: '第{n}字', en: 'at char {n}' },
	problems: { zh: '未能解析的报告与问题', en: 'Files that failed and other problems' },
	failed: { zh: '未能解析的文件', en: 'Files that could not be read as reports' },
	noFailed: { zh: '所有文件均已读取。', en: 'Every file was read.' },
	file: { zh: '文件', en: 'File' },
	severity: { zh: '级别', en: 'Severity' },
	'severity.error': { zh: '错误', en: 'Error' },
	'severity.warning': { zh: '提示', en: 'Warning' },
	code: { zh: '类型', en: 'Kind' },
	message: { zh: '说明', en: 'Message' },
	where: { zh: '位置', en: 'Where' },
	none: { zh: '无', en: 'none' }
} as const satisfies Record<string, Record<Lang, string>>;

export type QualityKey = keyof typeof S;

export function tq(lang: Lang, key: QualityKey, vars: Record<string, string | number> = {}): string {
	return S[key][lang].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
}
