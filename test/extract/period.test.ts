import { describe, expect, it } from 'vitest';
import { periodAt } from '../../src/lib/extract/period.ts';
import { extractReport } from '../../src/lib/extract/extract.ts';

const at = (s: string, year = 2024) => periodAt(s, s.length, year);

describe('periodAt: the part of the year a sentence opens by naming', () => {
	it.each([
		['6月份，我局共受理信访事项88件', { kind: 'period', period: '2024-06' }],
		['一季度共受理来信30件', { kind: 'period', period: '2024-Q1' }],
		['2023年第二季度，受理88件', { kind: 'period', period: '2023-Q2' }],
		['1-3月受理88件', { kind: 'period', period: '2024-Q1' }],
		['2024年1-6月，全县共受理信访事项523件', { kind: 'partial', words: '2024年1-6月' }],
		['截至2023年11月底，共受理信访事项1200件', { kind: 'partial', words: '截至2023年11月底' }],
		['上半年受理99件', { kind: 'partial', words: '上半年' }],
		['截止到11月底，受理99件', { kind: 'partial', words: '截止到11月底' }],
		['本月共受理88件', { kind: 'partial', words: '本月' }]
	])('%s', (s, expected) => {
		expect(at(s)).toEqual(expected);
	});

	it.each([
		'2023年1-12月受理88件',
		'截至2023年12月31日，共受理1200件',
		'2023年12月31日止，共有12人',
		'2023年，我局于6月开展专项行动，共受理信访事项1200件',
		'3月1日召开会议，受理5件',
		'全年共受理信访事项1200件'
	])('the whole year: %s', (s) => {
		expect(at(s)).toEqual({ kind: 'year' });
	});
});

describe('figures for part of the year in a report', () => {
	const HEAD = '株洲市渌口区信访局2024年信访工作情况\n';

	it('a month is its period; 1-6月 has no period id and is left out with a warning', () => {
		const r = extractReport(HEAD + '2024年1-6月，全区共受理信访事项523件。\n6月份，共受理信访事项88件，其中来信5件。\n');
		expect(r.facts.map((f) => [f.metric, f.value, f.fiscal_year, f.period])).toEqual([
			['petition.matters', 88, 2024, '2024-06'],
			['petition.letters', 5, 2024, '2024-06']
		]);
		expect(r.warnings.map((w) => w.code)).toContain('partial_year');
	});

	it('spending to the end of a month short of December is left out', () => {
		const r = extractReport('株洲市渌口区信访局2024年部门整体支出绩效自评报告\n截至2024年6月底，支出合计120万元。\n');
		expect(r.facts).toEqual([]);
		expect(r.warnings.map((w) => w.code)).toContain('partial_year');
	});
});

describe('a monthly statistics report', () => {
	const text =
		'衡东县信访局2024年6月份信访情况通报\n\n' +
		'6月份，全县共登记信访事项156件，同比下降12%；其中来信12件，来访45批次98人次。1-6月，累计登记信访事项890件。\n';

	it('takes its year from the title month, its kind as other, and the month as the period through a semicolon', () => {
		const r = extractReport(text);
		expect([r.report.fiscal_year, r.report.doc_type]).toEqual([2024, 'other']);
		expect(r.facts.map((f) => [f.metric, f.value, f.period])).toEqual([
			['petition.matters', 156, '2024-06'],
			['petition.letters', 12, '2024-06'],
			['petition.visits.batches', 45, '2024-06'],
			['petition.visits.persons', 98, '2024-06']
		]);
		expect(r.warnings.map((w) => w.code)).toContain('partial_year');
	});
});
