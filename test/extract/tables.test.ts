import { describe, expect, it } from 'vitest';
import { findTables } from '../../src/lib/extract/tables.ts';

const texts = (t: ReturnType<typeof findTables>[number]) => t.rows.map((r) => r.map((c) => c.text));

describe('findTables', () => {
	it('reads a tab-separated table with its title and unit, across one blank line', () => {
		const text = '支出决算表\n公开 03 表\n单位：万元\n项 目\t决算数\n合计\t432.39\n\n301\t12.5\n\n正文。';
		const [t] = findTables(text);
		expect(t).toMatchObject({ title: '支出决算表', unit: '万元' });
		expect(texts(t!)).toEqual([['项 目', '决算数'], ['合计', '432.39'], ['301', '12.5']]);
		const cell = t!.rows[1]![1]!;
		expect(text.slice(cell.start, cell.end)).toBe('432.39');
	});

	it('reads one cell per line, rows between blank lines, wrapped cells joined', () => {
		const text = '基础数据表\n\n\t经费（万元）\n\t2023年决算数\n\n\t三公经费\n\t0.29　\n\n\t楼堂馆所\n（完工项目）\n\t\n\n说明：无。';
		const [t] = findTables(text);
		expect(t!.title).toBe('基础数据表');
		expect(texts(t!)).toEqual([['经费（万元）', '2023年决算数'], ['三公经费', '0.29'], ['楼堂馆所（完工项目）', '']]);
	});

	it('reads a table separated by bars', () => {
		const [t] = findTables('收入表\n| 项目 | 金额 |\n|---|---|\n| 合计 | 5.00 |\n');
		expect(texts(t!)).toEqual([['项目', '金额'], ['合计', '5.00']]);
	});
});
