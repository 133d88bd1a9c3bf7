import { describe, expect, it } from 'vitest';
import { drawnBars, labelWidth, rankingBarOption } from '../../src/lib/charts/ranking-bar.ts';

describe('ranking bar option', () => {
	it('estimates a label width from its characters: CJK 1 em, others 0.65 em', () => {
		expect(labelWidth('衡阳市信访局')).toBe(72);
		expect(labelWidth('株洲市渌口区信访局（2020）', 12)).toBeCloseTo(12 * 11 + 0.65 * 12 * 4);
		expect(labelWidth('')).toBe(0);
	});
	it('leaves room left of the axis for the longest label, without asking ECharts to measure them', () => {
		const data = [
			{ label: '新疆维吾尔自治区巴音郭楞蒙古自治州信访局', value: 3, note: '' },
			{ label: '渌口区信访局', value: 5, note: '' },
			{ label: '无数据局', value: null, note: '' }
		];
		const o = rankingBarOption(data, { unit: '万元/人', format: String }) as {
			grid: { left: number; containLabel?: boolean; outerBoundsMode: string };
			yAxis: { data: string[]; axisLabel: { interval: number } };
			series: { data: number[] }[];
		};
		expect(o.grid.containLabel).toBeUndefined();
		expect(o.grid.outerBoundsMode).toBe('none');
		expect(o.grid.left).toBe(8 + 8 + 20 * 12);
		expect(o.yAxis.axisLabel.interval).toBe(0);
		expect(o.yAxis.data).toEqual(drawnBars(data).map((d) => d.label));
		expect(o.series[0]!.data).toEqual([3, 5]);
	});
});
