import { describe, expect, it } from 'vitest';
import { econTree, econTreemapOption, partBarsOption } from '../../src/lib/charts/composition.ts';
import type { EconBreakdown, ProfileFact } from '../../src/lib/metrics/bureau-profile.ts';

const fact = (fact_key: number, part: string, econ_code: string, value: number): ProfileFact => ({
	fact_key, report_key: 4, fiscal_year: 2023, metric: 'spend.econ', econ_code, func_code: null, item_label: null, part,
	phase: 'actual', scope: 'general_public_budget', value, value_text: null, unit: '万元', period: null, derived: null,
	src_start: 100 + fact_key, src_end: 110 + fact_key, src_text: `${econ_code} ${value}万元`,
	source_file: 'hengyang-city-2023-performance.txt', report_year: 2023, doc_type: 'performance_self_eval'
});

const breakdown = (facts: ProfileFact[]): EconBreakdown => ({
	year: 2023, scope: 'general_public_budget',
	items: facts.map((f) => ({ part: f.part, econ_code: f.econ_code!, value: f.value!, fact: f }))
});

describe('economic classification tree', () => {
	it('nests part -> class -> item, keeps what a class states beyond its items, and sources each node', () => {
		const tree = econTree(breakdown([fact(1, 'basic', '301', 563.5), fact(2, 'basic', '30101', 154.78), fact(3, 'basic', '30102', 82.08), fact(4, 'project', '30211', 75.99)]), 'zh');
		expect(tree.map((p) => [p.name, p.value])).toEqual([['基本支出', 563.5], ['项目支出', 75.99]]);
		const cls = tree[0]!.children![0]!;
		expect([cls.name, cls.value]).toEqual(['301 工资福利支出', 563.5]);
		expect(cls.children!.map((c) => [c.name, c.value])).toEqual([
			['30101 基本工资', 154.78],
			['30102 津贴补贴', 82.08],
			['301 工资福利支出 · 未细分', 326.64]
		]);
		expect(cls.source).toBe('「301 563.5万元」 hengyang-city-2023-performance.txt 第101–111字');
		// a class the report does not state is the sum of its items
		const project = tree[1]!.children![0]!;
		expect([project.name, project.value, project.source]).toEqual(['302 商品和服务支出', 75.99, '']);
	});

	it('builds a treemap whose tooltip shows path, amount, share and source', () => {
		const opt = econTreemapOption(breakdown([fact(1, 'basic', '30101', 60), fact(2, 'project', '30211', 40)]), 'zh') as unknown as {
			series: { type: string; data: unknown[] }[];
			tooltip: { formatter: (p: unknown) => string };
		};
		expect(opt.series[0]!.type).toBe('treemap');
		const tip = opt.tooltip.formatter({
			name: '30101 基本工资', value: 60, data: { source: '「30101 60万元」 h.txt 第1–2字' },
			treePathInfo: [{ name: '' }, { name: '基本支出' }, { name: '301 工资福利支出' }, { name: '30101 基本工资' }]
		});
		expect(tip).toBe('基本支出 / 301 工资福利支出 / 30101 基本工资<br/><b>60.00</b> 万元 · 60.0%<br/><small>「30101 60万元」 h.txt 第1–2字</small>');
	});
});

describe('basic and project bars', () => {
	const row = (fiscal_year: number, basic: number | null, project: number | null, total: number | null) => ({
		fiscal_year, basic, project, total, basic_scope: 'all_funds' as const, project_scope: 'all_funds' as const,
		total_scope: 'all_funds' as const, total_computed: false
	});
	it('stacks basic and project by year; a year with only a total gets its own grey bar', () => {
		const opt = partBarsOption([row(2020, 432.39, 0, 432.39), row(2019, null, null, 337.63)], 'zh') as unknown as {
			xAxis: { data: string[] };
			series: { name: string; stack: string; data: (number | null)[] }[];
		};
		expect(opt.xAxis.data).toEqual(['2019', '2020']);
		expect(opt.series.map((s) => [s.name, s.data])).toEqual([
			['基本支出', [null, 432.39]],
			['项目支出', [null, 0]],
			['支出合计（未分基本/项目）', [337.63, null]]
		]);
		expect(new Set(opt.series.map((s) => s.stack))).toEqual(new Set(['parts']));
	});
});
