// Rows of two metrics -> a scatter option, dot area proportional to population. Pure, apart from
// registering the scatter chart type once.
import { echarts, type EChartsCoreOption } from './echarts-setup.ts';
import { ScatterChart } from 'echarts/charts';

// registered here, beside the only option that uses it, so the overview's bundle leaves it out
echarts.use([ScatterChart]);

export interface ScatterDatum {
	label: string;
	x: number;
	y: number;
	population: number | null;
	note: string;
}

export interface ScatterOptions {
	xName: string;
	yName: string;
	formatX: (v: number) => string;
	formatY: (v: number) => string;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

export function symbolSize(population: number | null, maxPopulation: number): number {
	if (!population || maxPopulation <= 0) return 6;
	return 6 + 34 * Math.sqrt(population / maxPopulation);
}

export function scatterOption(data: ScatterDatum[], o: ScatterOptions): EChartsCoreOption {
	const maxPop = Math.max(0, ...data.map((d) => d.population ?? 0));
	return {
		animation: false,
		grid: { left: 8, right: 24, top: 24, bottom: 32, containLabel: true },
		tooltip: {
			trigger: 'item',
			formatter: (p: { dataIndex: number }) => {
				const d = data[p.dataIndex]!;
				return `${esc(d.label)}<br/>${esc(o.xName)}: <b>${esc(o.formatX(d.x))}</b><br/>${esc(o.yName)}: <b>${esc(o.formatY(d.y))}</b><br/><small>${esc(d.note)}</small>`;
			}
		},
		xAxis: { type: 'value', name: o.xName, nameLocation: 'middle', nameGap: 26, scale: true, axisLabel: { formatter: o.formatX } },
		yAxis: { type: 'value', name: o.yName, nameTextStyle: { align: 'left' }, scale: true, axisLabel: { formatter: o.formatY } },
		series: [
			{
				type: 'scatter',
				large: data.length > 2000,
				data: data.map((d) => [d.x, d.y]),
				symbolSize: (_: unknown, p: { dataIndex: number }) => symbolSize(data[p.dataIndex]!.population, maxPop),
				itemStyle: { color: 'rgba(178, 58, 72, 0.6)', borderColor: '#8c1d2c' }
			}
		]
	};
}
