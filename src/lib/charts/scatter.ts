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

/** Dot diameters in px, smallest and largest: dot area grows with population between them. */
export interface SizeRange {
	min: number;
	max: number;
}

const SPARSE: SizeRange = { min: 6, max: 40 };
/** Thousands of dots (every county of China) cover each other at 40 px, and headless Chromium
 * took 30-80 ms to raster them against ~20 ms at this range: the dense range keeps the encoding
 * (area by population) and the points visible. */
export const DENSE: SizeRange = { min: 3, max: 15 };

export function symbolSize(population: number | null, maxPopulation: number, range: SizeRange = SPARSE): number {
	if (!population || maxPopulation <= 0) return range.min;
	return range.min + (range.max - range.min) * Math.sqrt(population / maxPopulation);
}

/** Above this many points a series is drawn as one path ("large"), which has one dot size, and
 * the dots take the dense size range. */
const LARGE = 2000;
/** A large series' dots are rounded to classes this many px apart, one series a class. */
const SIZE_STEP = 2;

/** A point's index in the data given to scatterOption, from a click or tooltip on any series:
 * every point carries it as its third value. */
export function pointIndex(p: { value?: unknown; dataIndex: number }): number {
	const i = Array.isArray(p.value) ? p.value[2] : undefined;
	return typeof i === 'number' ? i : p.dataIndex;
}

export function scatterOption(data: ScatterDatum[], o: ScatterOptions): EChartsCoreOption {
	const maxPop = Math.max(0, ...data.map((d) => d.population ?? 0));
	const dense = data.length > LARGE;
	const sizeOf = (i: number) => symbolSize(data[i]!.population, maxPop, dense ? DENSE : SPARSE);
	const point = (i: number) => [data[i]!.x, data[i]!.y, i];
	const style = { color: 'rgba(178, 58, 72, 0.6)', borderColor: '#8c1d2c' };
	// a large series takes one size (a size callback leaves it without any, and nothing is drawn):
	// the points go in classes of size SIZE_STEP px apart, a large series each
	const classes = new Map<number, number[]>();
	if (dense)
		data.forEach((_, i) => {
			const size = Math.round(sizeOf(i) / SIZE_STEP) * SIZE_STEP;
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
			dense
				? [...classes].sort((a, b) => b[0] - a[0]).map(([size, points]) => ({ type: 'scatter', large: true, symbolSize: size, data: points.map(point), itemStyle: style }))
				: [{ type: 'scatter', data: data.map((_, i) => point(i)), symbolSize: (_: unknown, p: { dataIndex: number }) => sizeOf(p.dataIndex), itemStyle: style }]
	};
}
