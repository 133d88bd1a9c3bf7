// UI strings of the source viewer and the "where does this number come from" panel (zh default,
// en with ?lang=en), and one line describing a fact with the vocabulary's labels.
import type { Lang } from '../url/view-state.ts';
import { econLabel, factMetricLabel, funcLabel, partLabel, phaseLabel, scopeLabel } from './vocabulary.ts';
import { wan } from '../format/numbers.ts';

const STRINGS = {
	'src.title': { zh: '报告原文', en: 'Report text' },
	'src.index': { zh: '全部来源报告', en: 'All source reports' },
	'src.indexLede': {
		zh: '每份报告的全文，报告中读出的每个数字都高亮标出，并注明指标。',
		en: 'The full text of every report, with every number read from it highlighted and labelled with its metric.'
	},
	'src.notFound': { zh: '数据中没有这份报告', en: 'This report is not in the data' },
	'src.badRef': { zh: '报告编号无效', en: 'Not a report id' },
	'src.ambiguous': { zh: '这个编号对应多份报告，请选择：', en: 'This id names several reports; pick one:' },
	'src.facts': { zh: '报告中读出的数据', en: 'Facts read from this report' },
	'src.selected': { zh: '所选数据', en: 'Selected fact' },
	'src.noFactAt': { zh: '这个位置没有读出的数据；高亮的是链接给出的字符范围。', en: 'No fact was read at this range; the highlight shows the range the link gives.' },
	'src.position': { zh: '位置', en: 'Range' },
	'src.chars': { zh: '字', en: 'chars' },
	'src.reportId': { zh: '报告编号（SHA-256）', en: 'Report id (SHA-256)' },
	'src.bureau': { zh: '单位档案', en: 'Bureau profile' },
	'src.legend': {
		zh: '高亮：报告中读出的数字（悬停可见指标）；深色：所选数据；橙色：经人工更正。',
		en: 'Highlighted: numbers read from the report (hover for the metric); dark: the selected fact; orange: corrected by an analyst.'
	},
	'src.show': { zh: '在原文中查看', en: 'Show in the text' },
	'src.corrected': { zh: '已更正', en: 'Corrected' },
	'src.original': { zh: '原读数', en: 'as read' },
	'src.reason': { zh: '原因', en: 'Reason' },
	'src.by': { zh: '更正人', en: 'By' },
	'src.on': { zh: '日期', en: 'On' },
	'src.synthetic': { zh: '合成数据：这份“报告”是随机生成的测试文本。', en: 'Synthetic data: this “report” is generated test text.' },
	'inputs.title': { zh: '这个数是怎么算出来的', en: 'How this number is computed' },
	'inputs.close': { zh: '关闭', en: 'Close' },
	'inputs.input': { zh: '输入', en: 'Input' },
	'inputs.population': { zh: '常住人口（2020年第七次全国人口普查，非报告数据）', en: 'Residents (2020 census, not from a report)' },
	'inputs.none': { zh: '没有可列出的输入。', en: 'No inputs to list.' },
	'inputs.more': { zh: '另有', en: 'and' },
	'inputs.moreItems': { zh: '项未列出', en: 'more not listed' },
	'inputs.median': { zh: '中位数', en: 'median' },
	'inputs.openHint': { zh: '点击数字查看出处', en: 'Click a number to see where it comes from' }
} as const satisfies Record<string, Record<Lang, string>>;

export type SourceStringKey = keyof typeof STRINGS;

export function st(lang: Lang, key: SourceStringKey): string {
	return STRINGS[key][lang];
}

export interface DescribedFact {
	metric: string;
	fiscal_year?: number | null;
	phase?: string | null;
	scope?: string | null;
	part?: string | null;
	econ_code?: string | null;
	func_code?: string | null;
	item_label?: string | null;
}

/** "基本支出 · 2023 · 实际数 · 一般公共预算财政拨款" */
export function factLabel(lang: Lang, f: DescribedFact): string {
	return [
		factMetricLabel(lang, f.metric),
		f.econ_code ? econLabel(lang, f.econ_code) : '',
		f.func_code ? funcLabel(f.func_code) : '',
		f.item_label ?? '',
		f.part && !f.metric.startsWith(`spend.${f.part}`) ? partLabel(lang, f.part) : '',
		f.fiscal_year != null ? String(f.fiscal_year) : '',
		f.phase ? phaseLabel(lang, f.phase) : '',
		f.scope ? scopeLabel(lang, f.scope) : ''
	]
		.filter(Boolean)
		.join(' · ');
}

/** A fact's value with its unit: "811.64 万元", "33 人". */
export function factValue(value: number | null | undefined, unit: string | null | undefined, text: string | null = null): string {
	if (value === null || value === undefined) return text ?? '—';
	const u = unit ?? '';
	if (u === '万元') return `${wan(value)} 万元`;
	if (u === '%') return `${value}%`;
	return `${value}${u ? ` ${u}` : ''}`;
}
