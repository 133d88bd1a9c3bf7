import { describe, expect, it } from 'vitest';
import { trendLinesOption, trendSeries, valueText, yearRange } from '../../src/lib/charts/trend-lines.ts';
import { metricById } from '../../src/lib/metrics/registry.ts';
import type { TrendInput, TrendRow } from '../../src/lib/metrics/trends.ts';

const input = (over: Partial<TrendInput>): TrendInput => ({
	fact_key: 1, metric: 'spend.basic', scope: 'general_public_budget', derived: null, fiscal_year: 2021, report_year: 2021,
	doc_type: 'performance_self_eval', source_file: 'nanyue-district-2021-performance.txt', src_start: 964, src_end: 981,
	src_text: '2021年基本支出112.38万元', ...over
});

// 南岳区: 2020 restated in the 2021 report (derived from 较上年 changes), 2021 its own
const nanyue: TrendRow[] = [
	{
		bureau_id: '430412', name: '南岳区信访局', fiscal_year: 2021, value: 204.64, total_scope: 'general_public_budget', total_computed: true,
		inputs: [input({ fact_key: 83 }), input({ fact_key: 88, metric: 'spend.project', src_text: '2021年项目支出92.26万元' })]
	},
	{
		bureau_id: '430412', name: '南岳区信访局', fiscal_year: 2020, value: 172.82, total_scope: 'general_public_budget', total_computed: true,
		inputs: [
			input({ fact_key: 84, fiscal_year: 2020, derived: '112.38 + 9.52 (较上年减少9.52万元 at 987)', src_text: '较上年减少9.52万元' }),
			input({ fact_key: 89, metric: 'spend.project', fiscal_year: 2020, derived: '92.26 - 41.34', src_text: '比上年增加41.34万元' })
		]
	}
];
const hengyang: TrendRow = {
	bureau_id: '430400', name: '衡阳市信访局', fiscal_year: 2023, value: 1780.37, total_scope: 'general_public_budget', total_computed: true,
	inputs: [input({ fact_key: 109, fiscal_year: 2023, report_year: 2023, source_file: 'hengyang-city-2023-performance.txt' })]
};

const m = metricById('spend_total');

interface Opt {
	xAxis: { data: string[] };
	legend: { data: string[] };
	series: { name: string; data: ({ value: number; symbol: string } | null)[] }[];
	tooltip: { formatter: (p: { seriesIndex: number; dataIndex: number; marker?: string }[]) => string };
}

describe('trend lines', () => {
	const series = trendSeries([...nanyue, hengyang], ['430412', '430400', '431102'], new Map(), 'zh');
	const opt = trendLinesOption(series, m, 'zh') as unknown as Opt;

	it('makes one series per bureau with data, in the order asked, years sorted', () => {
		expect(series.map((s) => s.bureau_id)).toEqual(['430412', '430400']);
		expect(series[0]!.points.map((p) => [p.year, p.value, p.restated])).toEqual([[2020, 172.82, true], [2021, 204.64, false]]);
		expect(opt.legend.data).toEqual(['南岳区信访局', '衡阳市信访局']);
	});

	it('spans consecutive years and leaves a year without a value empty, never 0', () => {
		expect(yearRange(series)).toEqual([2020, 2021, 2022, 2023]);
		expect(opt.xAxis.data).toEqual(['2020', '2021', '2022', '2023']);
		expect(opt.series[0]!.data.map((d) => d?.value ?? null)).toEqual([172.82, 204.64, null, null]);
		expect(opt.series[1]!.data.map((d) => d?.value ?? null)).toEqual([null, null, null, 1780.37]);
	});

	it('draws a restated value as a hollow point', () => {
		expect(opt.series[0]!.data[0]!.symbol).toBe('emptyCircle');
		expect(opt.series[0]!.data[1]!.symbol).toBe('circle');
	});

	it('tooltip gives value, unit, scope, computed and the report, marking a restated year', () => {
		const tip2020 = opt.tooltip.formatter([{ seriesIndex: 0, dataIndex: 0 }]);
		expect(tip2020).toContain('<b>2020年</b>');
		expect(tip2020).toContain('南岳区信访局：<b>172.82 万元</b>');
		expect(tip2020).toContain('[上年数]');
		expect(tip2020).toContain('nanyue-district-2021-performance.txt（2021年报告所列上年数，由较上年增减推算）');
		expect(tip2020).toContain('一般公共预算财政拨款');
		expect(tip2020).toContain('计算值：基本支出 + 项目支出');
		const tip2021 = opt.tooltip.formatter([{ seriesIndex: 0, dataIndex: 1 }]);
		expect(tip2021).not.toContain('上年数');
		expect(tip2021).toContain('nanyue-district-2021-performance.txt（2021年报告）');
		// a series with no value that year says nothing for it
		expect(opt.tooltip.formatter([{ seriesIndex: 1, dataIndex: 0 }])).toBe('<b>2020年</b><br/>');
	});

	it('speaks English with lang=en and escapes names', () => {
		const en = trendLinesOption(trendSeries(nanyue, ['430412'], new Map([['430412', '<b>Nanyue</b>']]), 'en'), m, 'en') as unknown as Opt;
		const tip = en.tooltip.formatter([{ seriesIndex: 0, dataIndex: 0 }]);
		expect(tip).toContain('&lt;b&gt;Nanyue&lt;/b&gt;');
		expect(tip).toContain('172.82 (10k yuan)');
		expect(tip).toContain('restated as the prior year in the 2021 report, derived from a stated change');
	});

	it('formats values with their unit by the metric format', () => {
		expect(valueText(metricById('spend_per_staff'), 53.95, 'zh')).toBe('53.95 万元/人');
		expect(valueText(metricById('project_share'), 0.5441, 'zh')).toBe('54.4%');
		expect(valueText(metricById('petition_total'), 290, 'zh')).toBe('290 件次');
	});
});
