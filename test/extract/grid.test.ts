import { describe, expect, it } from 'vitest';
import { readGrid } from '../../src/lib/extract/grid.ts';
import { findTables } from '../../src/lib/extract/tables.ts';

const grid = (text: string) => readGrid(findTables(text)[0]!).map((r) => [r.label, r.code, r.column, r.token.value, r.unit]);

describe('readGrid', () => {
	it('merges stacked headers and skips the 栏次 row', () => {
		const text = '一般公共预算财政拨款支出决算表\n单位：万元\n项 目\t\t本年支出\t\t\n科目编码\t科目名称\t小计\t基本支出\t项目支出\n栏次\t\t1\t2\t3\n合计\t\t432.39\t432.39\t0\n2010308\t信访事务\t425.36\t425.36\t0\n';
		expect(grid(text)).toEqual([
			['合计', null, '本年支出/小计', 432.39, '万元'],
			['合计', null, '本年支出/基本支出', 432.39, '万元'],
			['合计', null, '本年支出/项目支出', 0, '万元'],
			['信访事务', '2010308', '本年支出/小计', 425.36, '万元'],
			['信访事务', '2010308', '本年支出/基本支出', 425.36, '万元'],
			['信访事务', '2010308', '本年支出/项目支出', 0, '万元']
		]);
	});

	it('passes over 行次 and weight columns and reads inline cells', () => {
		const text = '表\n项目\t行次\t决算数\t分值\n一、收入\t1\t5.5\t10\n\t按收入性质分：269.97\t\t\n';
		expect(grid(text)).toEqual([
			['收入', null, '决算数', 5.5, null],
			['按收入性质分', null, '行次', 269.97, null]
		]);
	});

	it('takes a unit from a header cell and leaves a label-less row to its columns', () => {
		const text = '数据表\n\n\t财政供养人员情况（人）\n\t编制数\n\t实际在职人数\n\n\t\n\t11\n\t10\n';
		expect(grid(text)).toEqual([
			['', null, '编制数', 11, '人'],
			['', null, '实际在职人数', 10, '人']
		]);
	});
});
