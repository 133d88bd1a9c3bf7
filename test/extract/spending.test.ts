import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/lib/extract/context.ts';
import { spendingFacts } from '../../src/lib/extract/spending.ts';

function run(text: string, year = 2021) {
	return spendingFacts(makeContext(text, year)).map((f) => [f.metric, f.value, f.phase, f.scope]);
}

describe('spendingFacts', () => {
	it('reads basic, personnel, public and project; never a change or a share', () => {
		expect(
			run('2021年基本支出112.38万元，较上年减少9.52万元。基本支出中人员经费82.2万元，占基本支出的73.1%；日常公用经费30.18万元。2021年项目支出92.26万元，比上年增加41.34万元。')
		).toEqual([
			['spend.basic', 112.38, 'actual', 'all_funds'],
			['spend.basic.personnel', 82.2, 'actual', 'all_funds'],
			['spend.basic.public', 30.18, 'actual', 'all_funds'],
			['spend.project', 92.26, 'actual', 'all_funds']
		]);
	});

	it('takes the scope from the label or the section heading', () => {
		const text = '一、部门整体支出\n决算总支出542.49万元。\n二、一般公共预算支出情况\n（一）基本支出情况\n基本支出335.44万元。\n三、其他\n2021年度一般公共预算财政拨款项目支出201.49万元。';
		expect(run(text)).toEqual([
			['spend.total', 542.49, 'actual', 'all_funds'],
			['spend.basic', 335.44, 'actual', 'general_public_budget'],
			['spend.project', 201.49, 'actual', 'general_public_budget']
		]);
	});

	it('converts 元 and reads budget phases', () => {
		expect(run('因公出国（境）费支出0元，一般公共预算财政拨款支出年初预算数为 30000 元。')).toEqual([
			['spend.three_public.overseas', 0, 'actual', 'all_funds'],
			['spend.total', 3, 'budget', 'general_public_budget']
		]);
	});

	it('gives a phase-only clause the subject before it', () => {
		expect(run('“三公”经费财政拨款支出预算为 0.31 万元，支出决算为 0.2 万元，完成预算的 64.5%。')).toEqual([
			['spend.three_public', 0.31, 'budget', 'general_public_budget'],
			['spend.three_public', 0.2, 'actual', 'general_public_budget']
		]);
	});

	it('does not read a bare 支出 nor economic classes as totals', () => {
		expect(run('支出决算为 425.36 万元。商品和服务支出141.51万元。一般公共服务（类）支出 425.36 万元。')).toEqual([]);
	});

	it('leaves out figures under another fund heading', () => {
		expect(run('三、政府性基金预算支出情况\n基本支出5万元。')).toEqual([]);
	});
});

describe('spendingFacts, items and pairs', () => {
	it('reads project items named after 其中, dropping 支出 after 经费', () => {
		const facts = spendingFacts(makeContext('2021年项目支出92.26万元，比上年增加41.34万元，其中信访维稳经费支出24.44万元；信访救助经费支出67.82万元。', 2021));
		expect(facts.map((f) => [f.metric, f.item_label, f.value])).toEqual([
			['spend.project', null, 92.26],
			['spend.project.item', '信访维稳经费', 24.44],
			['spend.project.item', '信访救助经费', 67.82]
		]);
	});

	it('reads no items without 其中 nor outside the project sentence', () => {
		const facts = spendingFacts(makeContext('项目支出10万元。接劝返工作经费合计 132.79 万元。', 2021));
		expect(facts.map((f) => f.metric)).toEqual(['spend.project']);
	});

	it('reads income and spending stated as a pair', () => {
		const facts = spendingFacts(makeContext('2021年度收、支总计432.32万元、432.39万元。', 2021));
		expect(facts.map((f) => [f.metric, f.value])).toEqual([
			['income.total', 432.32],
			['spend.total', 432.39]
		]);
	});
});

describe('spendingFacts in a budget document', () => {
	it('takes amounts for budgets unless their words say they were spent', () => {
		const ctx = makeContext('2024年一般公共预算拨款收入500万元，基本支出400万元。2023年决算支出480万元。', 2024, 'budget');
		expect(spendingFacts(ctx).map((f) => [f.metric, f.value, f.phase])).toEqual([
			['income.fiscal', 500, 'budget'],
			['spend.basic', 400, 'budget'],
		]);
	});
});
