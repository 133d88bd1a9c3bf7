// Numbers as analysts read them: zh-CN grouping, amounts in 万元 with two decimals (亿元 from
// 10,000 万元 up when asked), and "无数据" for a missing value — never 0.
import { formatLocale } from 'd3-format';

const zh = formatLocale({ decimal: '.', thousands: ',', grouping: [3], currency: ['¥', ''] });

const twoDecimals = zh.format(',.2f');
const integer = zh.format(',d');
const oneDecimal = zh.format(',.1f');

export const NO_DATA = '无数据';

const missing = (v: number | null | undefined): v is null | undefined =>
	v === null || v === undefined || !Number.isFinite(v);

/** 1780.37 -> "1,780.37"; amounts are stored in 万元. */
export function wan(v: number | null | undefined): string {
	return missing(v) ? NO_DATA : twoDecimals(v);
}

/** With its unit, switching to 亿元 at 10,000 万元 when `auto` is set. */
export function amount(v: number | null | undefined, auto = false): string {
	if (missing(v)) return NO_DATA;
	if (auto && Math.abs(v) >= 10_000) return `${twoDecimals(v / 10_000)} 亿元`;
	return `${twoDecimals(v)} 万元`;
}

export function count(v: number | null | undefined, unit = '人'): string {
	return missing(v) ? NO_DATA : `${integer(Math.round(v))} ${unit}`;
}

export function percent(v: number | null | undefined): string {
	return missing(v) ? NO_DATA : `${oneDecimal(v * 100)}%`;
}
