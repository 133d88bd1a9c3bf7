import { describe, expect, it } from 'vitest';
import { readNumbers, toWan } from '../../src/lib/extract/numbers.ts';

describe('readNumbers', () => {
	it('reads full-width digits without changing the text', () => {
		const [n] = readNumbers('公务员编制2８人。');
		expect(n).toMatchObject({ start: 5, end: 7, raw: '2８', value: 28, unit: '人', unitEnd: 8 });
	});

	it('reads units after spaces, longest first', () => {
		const units = readNumbers('支出 432.39 万元，来访58批140人次，总量290批（件）次，率7.4%，得分88分。').map((n) => n.unit);
		expect(units).toEqual(['万元', '批', '人次', '件次', '%', '分']);
	});

	it('reads thousands separators and decimals', () => {
		const [n] = readNumbers('收入1,234.50元。');
		expect(n).toMatchObject({ raw: '1,234.50', value: 1234.5, decimals: 2, unit: '元' });
	});

	it('does not take a Chinese comma for a separator', () => {
		expect(readNumbers('编制11人，100人。').map((n) => n.value)).toEqual([11, 100]);
	});

	it('leaves out a number cut off at the end of the text', () => {
		expect(readNumbers('基本支出112.38万元，项目支出92')).toHaveLength(1);
	});

	it('marks the bounds of a range', () => {
		const [a, b] = readNumbers('满意度50-60%。');
		expect(a!.rangeStart).toBe(true);
		expect(b!.rangeEnd).toBe(true);
	});

	it('reads 名 as 人', () => {
		expect(readNumbers('核定编制24名。')[0]!.unit).toBe('人');
	});
});

describe('toWan', () => {
	it('converts 元 and 亿元, and refuses non-money units', () => {
		expect(toWan(30000, '元')).toBe(3);
		expect(toWan(1.2, '亿元')).toBe(12000);
		expect(toWan(5, '人')).toBeNull();
	});
});
