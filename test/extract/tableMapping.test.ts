import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/lib/extract/context.ts';
import { tableFacts } from '../../src/lib/extract/tableFacts.ts';
import { kindOf } from '../../src/lib/extract/tableMapping.ts';

const run = (text: string, year = 2020) =>
	tableFacts(makeContext(text, year), 'final_accounts').map((f) => [f.metric, f.value, f.phase, f.scope, f.func_code ?? f.econ_code]);

describe('kindOf', () => {
	it('reads the kind of table from its title', () => {
		expect(kindOf('一般公共预算财政拨款基本支出决算表')).toBe('econ');
		expect(kindOf('收入决算表')).toBe('income');
		expect(kindOf('政府性基金预算财政拨款收入支出决算表')).toBe('skip');
		expect(kindOf('2020 年项目支出绩效目标表')).toBe('skip');
	});
});

describe('tableFacts', () => {
	it('reads the 合计 row by column and functional rows from the total column only', () => {
		const text = '支出决算表\n单位：万元\n项 目\t\t本年支出合计\t基本支出\t项目支出\t上缴上级支出\n科目编码\t科目名称\t\t\t\t\n合计\t\t432.39\t432.39\t0.00\t0.00\n2010308\t信访事务\t425.36\t425.36\t0.00\t0.00\n';
		expect(run(text)).toEqual([
			['spend.total', 432.39, 'actual', 'all_funds', null],
			['spend.basic', 432.39, 'actual', 'all_funds', null],
			['spend.project', 0, 'actual', 'all_funds', null],
			['spend.func', 425.36, 'actual', 'all_funds', '2010308']
		]);
	});

	it('reads no function rows from an income table, nor carry-over after a total', () => {
		const text = '财政拨款收入支出决算总表\n单位：万元\n收入\t\t\n项 目\t行次\t金额\n一、一般公共预算财政拨款\t1\t432.32\n本年收入合计\t8\t432.32\n一般公共预算财政拨款\t10\t0.06\n';
		// the 财政拨款 table's 本年收入合计 is fiscal income too; the 0.06 carry-over row is not read
		expect(run(text)).toEqual([
			['income.fiscal', 432.32, 'actual', 'general_public_budget', null],
			['income.fiscal', 432.32, 'actual', 'general_public_budget', null]
		]);
	});

	it('reads prior-year, budget and actual columns', () => {
		const text = '基础数据表\n\n\t经费控制情况（万元）\n\t2022年决算数\n\t2023年预算数\n\t2023年决算数\n\n\t三公经费\n\t10.11\n\t0.5\n\t0.29\n\n\t其中：办公经费\n\t21.3\n\t\n\t13.63\n';
		expect(run(text, 2023)).toEqual([
			['spend.three_public', 10.11, 'prior_year', 'all_funds', null],
			['spend.three_public', 0.5, 'budget', 'all_funds', null],
			['spend.three_public', 0.29, 'actual', 'all_funds', null]
		]);
	});
});
