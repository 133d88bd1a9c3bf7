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

export function rankingBarOption(data: RankingDatum[], opts: RankingOptions): EChartsCoreOption {
	const sorted = drawnBars(data);
	return {
		animation: false,
		grid: { left: 8, right: 72, top: 8, bottom: 24, containLabel: true },
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
		yAxis: { type: 'category', data: sorted.map((d) => d.label) },
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
