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

/** Above this many points a series is drawn as one path ("large"), which has one dot size. */
const LARGE = 2000;

/** A point's index in the data given to scatterOption, from a click or tooltip on any series:
 * every point carries it as its third value. */
export function pointIndex(p: { value?: unknown; dataIndex: number }): number {
	const i = Array.isArray(p.value) ? p.value[2] : undefined;
	return typeof i === 'number' ? i : p.dataIndex;
}

export function scatterOption(data: ScatterDatum[], o: ScatterOptions): EChartsCoreOption {
	const maxPop = Math.max(0, ...data.map((d) => d.population ?? 0));
	const sizeOf = (i: number) => symbolSize(data[i]!.population, maxPop);
	const point = (i: number) => [data[i]!.x, data[i]!.y, i];
	const style = { color: 'rgba(178, 58, 72, 0.6)', borderColor: '#8c1d2c' };
	// a large series takes one size (a size callback leaves it without any, and nothing is drawn):
	// the points go in classes of size 3 px apart, a large series each
	const classes = new Map<number, number[]>();
	if (data.length > LARGE)
		data.forEach((_, i) => {
			const size = Math.round(sizeOf(i) / 3) * 3;
			const points = classes.get(size);
			if (points) points.push(i);
			else classes.set(size, [i]);
		});
	return {
		animation: false,
		grid: { left: 8, right: 24, top: 24, bottom: 32, containLabel: true },
		tooltip: {
			trigger: 'item',
			formatter: (p: { value?: unknown; dataIndex: number }) => {
				const d = data[pointIndex(p)]!;
				return `${esc(d.label)}<br/>${esc(o.xName)}: <b>${esc(o.formatX(d.x))}</b><br/>${esc(o.yName)}: <b>${esc(o.formatY(d.y))}</b><br/><small>${esc(d.note)}</small>`;
			}
		},
		xAxis: { type: 'value', name: o.xName, nameLocation: 'middle', nameGap: 26, scale: true, axisLabel: { formatter: o.formatX } },
		yAxis: { type: 'value', name: o.yName, nameTextStyle: { align: 'left' }, scale: true, axisLabel: { formatter: o.formatY } },
		series:
			data.length > LARGE
				? [...classes].sort((a, b) => b[0] - a[0]).map(([size, points]) => ({ type: 'scatter', large: true, symbolSize: size, data: points.map(point), itemStyle: style }))
				: [{ type: 'scatter', data: data.map((_, i) => point(i)), symbolSize: (_: unknown, p: { dataIndex: number }) => sizeOf(p.dataIndex), itemStyle: style }]
	};
}
