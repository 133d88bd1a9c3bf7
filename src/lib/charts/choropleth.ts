// Regions joined to a metric -> the option of an ECharts map series (a choropleth). Pure, so it
// is tested without a DOM. A region without data is drawn hatched grey and its tooltip says what
// is missing; a value is never drawn as 0. The map file must be registered under `map` first.
import type { EChartsCoreOption } from './echarts-setup.ts';
import type { MetricDef } from '../metrics/registry.ts';
import type { Lang } from '../url/view-state.ts';
import type { JoinedRegion } from '../geo/join.ts';
import { formatValue, unitOf } from '../format/metric.ts';
import { tm } from '../i18n/map-strings.ts';

export const NO_DATA_COLOR = '#e4e7eb';
export const PALETTE = ['#f6d5d9', '#e49aa4', '#c85a6b', '#9b2437', '#5e0f1c'];
const NO_DATA_DECAL = {
	symbol: 'rect',
	symbolSize: 1,
	color: 'rgba(87, 96, 106, 0.14)',
	dashArrayX: [1, 0],
	dashArrayY: [1.5, 6],
	rotation: Math.PI / 4
};

export interface ChoroplethContext {
	/** the name the boundary file is registered under */
	map: string;
	metric: MetricDef;
	lang: Lang;
	/** the year filter, or null (each bureau's latest year) */
	year: number | null;
	/** codes drawn with a heavy outline: the active filter */
	selected: ReadonlySet<string>;
	/** ECharts aspectScale: cos(latitude) keeps shapes true */
	aspectScale: number;
	/** write the names of regions with data on the map (a province view) */
	labels: boolean;
}

const esc = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A value with its unit, as formatValue writes it, adding the unit where it leaves it out. */
export function valueText(m: MetricDef, v: number | null, lang: Lang): string {
	const s = formatValue(m, v, lang);
	if (v === null || !Number.isFinite(v)) return s;
	const bare = m.format === 'ratio' || (lang === 'en' && (m.format === 'count' || m.format === 'score'));
	return bare ? `${s} ${unitOf(m, lang)}` : s;
}

export function yearsText(first: number | null, last: number | null, lang: Lang): string {
	if (first === null && last === null) return '';
	const a = first ?? last!;
	const b = last ?? first!;
	const span = a === b ? String(a) : `${a}–${b}`;
	return lang === 'en' ? span : `${span}年`;
}

export function regionTooltip(r: JoinedRegion, ctx: Pick<ChoroplethContext, 'metric' | 'lang' | 'year'>): string {
	const { metric: m, lang } = ctx;
	const label = lang === 'en' ? m.en : m.zh;
	const head = `<b>${esc(r.name)}</b>`;
	if (r.value === null) {
		const when = ctx.year === null ? '' : lang === 'en' ? ` for ${ctx.year}` : `（${ctx.year}年）`;
		const what = lang === 'en' ? ` ${label.toLowerCase()}${when}` : `${label}${when}`;
		return `${head}<br/>${esc(tm(lang, 'noDataRegion'))}${esc(what)}`;
	}
	const years = `${tm(lang, 'reportYear')}${lang === 'en' ? ': ' : '：'}${yearsText(r.firstYear, r.lastYear, lang)}`;
	const sep = lang === 'en' ? ', ' : '、';
	const who =
		r.bureaus > 1
			? `${r.bureaus} ${tm(lang, 'medianOf')}${lang === 'en' ? ': ' : '：'}${r.names.join(sep)}`
			: r.names.join(sep);
	return `${head}<br/>${esc(label)}${lang === 'en' ? ': ' : '：'}<b>${esc(valueText(m, r.value, lang))}</b><br/>${esc(years)}<br/><small>${esc(who)}</small>`;
}

/** The colour scale's ends; one value (or all equal) is scaled from 0 so it is not drawn palest. */
export function valueRange(values: number[]): [number, number] | null {
	if (values.length === 0) return null;
	const lo = Math.min(...values);
	const hi = Math.max(...values);
	if (lo < hi) return [lo, hi];
	if (hi > 0) return [0, hi];
	if (lo < 0) return [lo, 0];
	return [0, 1];
}

export function choroplethOption(regions: JoinedRegion[], ctx: ChoroplethContext): EChartsCoreOption {
	const { metric: m, lang } = ctx;
	const range = valueRange(regions.flatMap((r) => (r.value === null ? [] : [r.value])));
	const fmt = (v: number) => valueText(m, v, lang);
	return {
		animation: false,
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (p: { dataIndex: number }) => {
				const r = regions[p.dataIndex];
				return r && !r.inset ? regionTooltip(r, ctx) : '';
			}
		},
		visualMap: range
			? {
					type: 'continuous',
					seriesIndex: 0,
					min: range[0],
					max: range[1],
					orient: 'horizontal',
					left: 8,
					bottom: 8,
					itemWidth: 12,
					itemHeight: 160,
					calculable: false,
					text: [fmt(range[1]), fmt(range[0])],
					formatter: (v: number) => fmt(v),
					textGap: 6,
					textStyle: { fontSize: 11, color: '#57606a' },
					inRange: { color: PALETTE }
				}
			: undefined,
		series: [
			{
				type: 'map',
				map: ctx.map,
				nameProperty: 'adcode',
				roam: true,
				scaleLimit: { min: 0.8, max: 20 },
				aspectScale: ctx.aspectScale,
				top: 8,
				bottom: 40,
				left: 'center',
				selectedMode: false,
				itemStyle: { areaColor: NO_DATA_COLOR, borderColor: '#ffffff', borderWidth: 0.5 },
				emphasis: {
					label: { show: false },
					itemStyle: { areaColor: '#f2c14e', borderColor: '#1f2328', borderWidth: 1 }
				},
				label: {
					show: false,
					fontSize: 11,
					color: '#1f2328',
					textBorderColor: '#ffffff',
					textBorderWidth: 2,
					formatter: (p: { dataIndex: number }) => regions[p.dataIndex]?.name ?? ''
				},
				data: regions.map((r) => {
					if (r.inset)
						return {
							name: r.code,
							value: NaN,
							itemStyle: { areaColor: 'rgba(0,0,0,0)', borderColor: '#8c959f', borderWidth: 0.8 },
							emphasis: { disabled: true },
							tooltip: { show: false }
						};
					const selected = ctx.selected.has(r.code);
					const border = selected ? { borderColor: '#1f2328', borderWidth: 2 } : {};
					if (r.value === null)
						return { name: r.code, value: NaN, itemStyle: { areaColor: NO_DATA_COLOR, decal: NO_DATA_DECAL, ...border } };
					return {
						name: r.code,
						value: r.value,
						...(selected ? { itemStyle: border } : {}),
						...(ctx.labels ? { label: { show: true } } : {})
					};
				})
			}
		]
	};
}
