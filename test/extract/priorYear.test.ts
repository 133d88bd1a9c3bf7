import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/lib/extract/context.ts';
import { priorYearFacts } from '../../src/lib/extract/priorYear.ts';
import { spendingFacts } from '../../src/lib/extract/spending.ts';

function run(text: string, year = 2021) {
	const ctx = makeContext(text, year);
	return priorYearFacts(ctx, spendingFacts(ctx)).map((f) => [f.metric, f.value, f.fiscal_year, f.phase, f.derived]);
}

describe('priorYearFacts', () => {
	it('derives the prior year from a stated value and a change in 万元', () => {
		expect(run('2021年基本支出112.38万元，较上年减少9.52万元。')).toEqual([
			['spend.basic', 121.9, 2020, 'prior_year', '112.38 + 9.52 (较上年减少9.52万元 at 23)']
		]);
	});

	it('never derives from a percentage, a change against the budget, or a budget value', () => {
		expect(run('日常公用经费30.18万元，较上年上升22%。')).toEqual([]);
		expect(run('机关运行经费支出 191.03 万元，比年初预算数增加 154.1 万元。')).toEqual([]);
		expect(run('年初预算收入、支出均为 124.06 万元，比上年增加 26.41 万元。')).toEqual([]);
	});

	it('splits a paired change between income and spending', () => {
		const text = '2021年度收、支总计432.32万元、432.39万元。与上年相比，收入、支出增加95.72万元、94.76万元。';
		expect(run(text).map((f) => [f[0], f[1]])).toEqual([
			['income.total', 336.6],
			['spend.total', 337.63]
		]);
	});

	it('gives a change to the value of its own subject', () => {
		const text = '财政拨款收、支总计432.32万元、432.39万元。与上年相比，收入增加95.72万元，增长28.4%，支出增加94.76万元。';
		expect(run(text).map((f) => [f[0], f[1]])).toEqual([
			['income.fiscal', 336.6],
			['spend.total', 337.63]
		]);
	});
});
