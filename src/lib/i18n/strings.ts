// UI strings in Chinese (the default) and English. Metric labels and definitions live in the
// metric registry; everything else a page says is here, so the English switch covers it.
import type { Lang } from '../url/view-state.ts';

const STRINGS = {
	brand: { zh: '信访局支出比较', en: 'Petition bureau spending' },
	tagline: {
		zh: '各地信访局人员、经费与信访量 · 数据来自各单位公开的决算与绩效自评报告',
		en: 'Staff, spending and petition volume of petition bureaus, from their published reports'
	},
	'nav.overview': { zh: '概览', en: 'Overview' },
	'nav.compare': { zh: '比较', en: 'Compare' },
	'nav.map': { zh: '地图', en: 'Map' },
	'nav.trends': { zh: '趋势', en: 'Trends' },
	'nav.sql': { zh: 'SQL 查询', en: 'SQL' },
	'nav.quality': { zh: '数据质量', en: 'Data quality' },
	'nav.lang': { zh: 'English', en: '中文' },
	metric: { zh: '指标', en: 'Metric' },
	year: { zh: '年度', en: 'Year' },
	latestYear: { zh: '各单位最近年度', en: 'Latest year of each bureau' },
	province: { zh: '省份', en: 'Province' },
	prefecture: { zh: '地市', en: 'Prefecture' },
	level: { zh: '级别', en: 'Level' },
	all: { zh: '全部', en: 'All' },
	'level.prefecture': { zh: '地级市', en: 'Prefecture' },
	'level.county': { zh: '县级（县、市、区）', en: 'County level' },
	'level.district': { zh: '市辖区', en: 'District' },
	peerOf: { zh: '同级同地市', en: 'Peer group of' },
	noData: { zh: '无数据', en: 'no data' },
	source: { zh: '来源', en: 'Source' },
	howComputed: { zh: '如何计算', en: 'How it is computed' },
	bureau: { zh: '单位', en: 'Bureau' },
	value: { zh: '数值', en: 'Value' },
	rank: { zh: '排名', en: 'Rank' },
	loading: { zh: '正在加载…', en: 'Loading…' },
	ready: { zh: '完整交互已就绪', en: 'Fully interactive' },
	scatter: { zh: '两指标散点图（点的大小为常住人口）', en: 'Two metrics (dot size: population)' },
	xMetric: { zh: '横轴指标', en: 'X axis' },
	ranking: { zh: '排名', en: 'Ranking' },
	bureausCompared: { zh: '家单位有数据', en: 'bureaus with data' },
	missingFor: { zh: '缺少数据的单位', en: 'Bureaus without data' },
	clearFilters: { zh: '清除筛选', en: 'Clear filters' }
} as const satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
	return STRINGS[key][lang];
}

export function levelLabel(lang: Lang, level: string | null): string {
	if (level === 'prefecture') return t(lang, 'level.prefecture');
	if (level === 'district') return t(lang, 'level.district');
	if (level === 'county') return lang === 'zh' ? '县' : 'County';
	return t(lang, 'noData');
}
