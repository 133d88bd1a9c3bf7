import { describe, expect, it } from 'vitest';
import { scatterOption, symbolSize } from '../src/lib/charts/scatter.ts';

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
		expect(o.series[0]!.data).toEqual([[33, 53.95]]);
		expect(o.tooltip.formatter({ dataIndex: 0 })).toContain('&lt;b&gt;衡阳市信访局');
	});
});
