import { describe, expect, it } from 'vitest';
import { DENSE, scatterOption, symbolSize } from '../src/lib/charts/scatter.ts';

describe('scatter option', () => {
	it('sizes dots by the square root of population, with a floor for unknown population', () => {
		expect(symbolSize(null, 100)).toBe(6);
		expect(symbolSize(100, 100)).toBe(40);
		expect(symbolSize(25, 100)).toBe(23);
	});
	it('plots each bureau once at (x, y) and escapes labels in tooltips', () => {
		const o = scatterOption(
			[{ label: '<b>衡阳市信访局</b>', x: 33, y: 53.95, population: 6645243, note: '2023' }],
			{ xName: '实有人数', yName: '人均支出', formatX: String, formatY: String }
		) as { series: { data: number[][] }[]; tooltip: { formatter: (p: { dataIndex: number }) => string } };
		expect(o.series[0]!.data).toEqual([[33, 53.95, 0]]);
		expect(o.tooltip.formatter({ dataIndex: 0 })).toContain('&lt;b&gt;衡阳市信访局');
	});
	it('draws a national panel as large series of one dot size each, smaller dots, and finds a point from any of them', () => {
		const data = Array.from({ length: 3000 }, (_, i) => ({ label: `b${i}`, x: i, y: i % 7, population: i % 10 === 0 ? null : i * 1000, note: '' }));
		const o = scatterOption(data, { xName: 'x', yName: 'y', formatX: String, formatY: String }) as {
			series: { large: boolean; symbolSize: unknown; data: number[][] }[];
			tooltip: { formatter: (p: { value: unknown; dataIndex: number }) => string };
		};
		expect(o.series.length).toBeGreaterThan(1);
		expect(o.series.every((s) => s.large && typeof s.symbolSize === 'number')).toBe(true);
		const points = o.series.flatMap((s) => s.data);
		expect(points.map((p) => p[2]).sort((a, b) => a! - b!)).toEqual(data.map((_, i) => i));
		for (const s of o.series)
			for (const [x, y, i] of s.data) {
				expect([x, y]).toEqual([data[i!]!.x, data[i!]!.y]);
				expect(Math.abs(s.symbolSize as number - symbolSize(data[i!]!.population, 2999000, DENSE))).toBeLessThanOrEqual(1);
			}
		expect(Math.max(...o.series.map((s) => s.symbolSize as number))).toBe(DENSE.max + 1); // 15 rounds up to the 16 px class
		const s = o.series[1]!;
		expect(o.tooltip.formatter({ value: s.data[3], dataIndex: 3 })).toContain(`b${s.data[3]![2]}<br/>`);
	});
});
