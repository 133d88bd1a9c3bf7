// A metric's value as text, by its format: 万元 amounts switch to 亿元 by magnitude, shares
// are percentages, counts integers; missing is "无数据"/"no data", never 0.
import type { MetricDef } from '../metrics/registry.ts';
import type { Lang } from '../url/view-state.ts';
import { amount, count, percent, wan, NO_DATA } from './numbers.ts';
import { formatLocale } from 'd3-format';

const zh = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['¥', ''] });
const oneDecimal = zh.format(',.1f');

export function formatValue(m: MetricDef, v: number | null | undefined, lang: Lang = 'zh'): string {
	if (v === null || v === undefined || !Number.isFinite(v)) return lang === 'en' ? 'no data' : NO_DATA;
	switch (m.format) {
		case 'amount':
			return lang === 'en' ? `${wan(v)} (10k yuan)` : amount(v, true);
		case 'percent':
			return percent(v);
		case 'count':
			return count(v, lang === 'en' ? '' : m.unit).trim();
		case 'score':
			return `${oneDecimal(v)}${lang === 'en' ? '' : ' 分'}`;
		default:
			return wan(v);
	}
}

/** The number alone, for axes and bar labels. */
export function formatAxis(m: MetricDef, v: number): string {
	if (m.format === 'percent') return percent(v);
	if (m.format === 'count') return count(v, '').trim();
	return wan(v);
}

export function unitOf(m: MetricDef, lang: Lang): string {
	return lang === 'en' ? m.unitEn : m.unit;
}
