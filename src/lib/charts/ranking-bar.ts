// Rows -> the option of a horizontal ranking bar chart. Pure, so it is tested without a DOM.
import type { EChartsCoreOption } from './echarts-setup.ts';

export interface RankingDatum {
	label: string;
	value: number | null;
	/** shown in the tooltip under the value: where the number comes from */
	note: string;
	/** the row it stands for, so a click on the bar can open that row's source */
	id?: string;
}

export interface RankingOptions {
	unit: string;
	format: (v: number) => string;
}

/** The bars in drawing order (bottom to top): a click's dataIndex indexes this. */
export function drawnBars(data: RankingDatum[]): (RankingDatum & { value: number })[] {
	// Missing values are not drawn as zero-length bars: they are left out of the chart and the
	// table beside it says 无数据.
	const drawn = data.filter((d): d is RankingDatum & { value: number } => d.value !== null);
	return [...drawn].sort((a, b) => a.value - b.value);
}

/** ECharts' default axis label size, set explicitly since the margin is computed from it. */
const LABEL_PX = 12;
/** Gap between a category label and the axis line, px (ECharts' default). */
const LABEL_MARGIN = 8;

/** A CJK ideograph, kana, hangul or full-width form: 1 em wide in every CJK face. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** A label's width in px at `px` size, without a canvas: wide characters 1 em, every other
 * character 0.65 em (wider than the digits and most Latin letters of the usual faces), so the
 * margin errs wide rather than clipping a name. */
export function labelWidth(label: string, px = LABEL_PX): number {
	let em = 0;
	for (const ch of label) em += WIDE.test(ch) ? 1 : 0.65;
	return em * px;
}

export function rankingBarOption(data: RankingDatum[], opts: RankingOptions): EChartsCoreOption {
	const sorted = drawnBars(data);
	return {
		animation: false,
		// no containLabel or outer bounds: with them ECharts builds and measures every axis label
		// twice (estimate, then determine) on each draw, ~40-80 ms of a cold first chart here
		grid: { left: 8 + LABEL_MARGIN + Math.ceil(Math.max(0, ...sorted.map((d) => labelWidth(d.label)))), right: 72, top: 8, bottom: 24, outerBoundsMode: 'none' },
		tooltip: {
			trigger: 'item',
			formatter: (p: { dataIndex: number }) => {
				const d = sorted[p.dataIndex]!;
				const esc = (s: string) =>
					s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
				return `${esc(d.label)}<br/><b>${esc(opts.format(d.value))} ${esc(opts.unit)}</b><br/><small>${esc(d.note)}</small>`;
			}
		},
		xAxis: { type: 'value', name: opts.unit, axisLabel: { formatter: (v: number) => opts.format(v) } },
		// every bar is labelled (interval 0), and the left margin is sized from the labels here:
		yAxis: { type: 'category', data: sorted.map((d) => d.label), axisLabel: { interval: 0, margin: LABEL_MARGIN, fontSize: LABEL_PX } },
		series: [
			{
				type: 'bar',
				data: sorted.map((d) => d.value),
				label: { show: true, position: 'right', formatter: (p: { value: number }) => opts.format(p.value) },
				itemStyle: { color: '#b23a48' }
			}
		]
	};
}
