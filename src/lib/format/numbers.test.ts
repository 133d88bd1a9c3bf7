import { describe, expect, it } from 'vitest';
import { amount, count, percent, wan, NO_DATA } from './numbers.ts';

describe('zh-CN number formats', () => {
	it('groups thousands and keeps two decimals in 万元', () => {
		expect(wan(1780.37)).toBe('1,780.37');
		expect(wan(53.95060606)).toBe('53.95');
		expect(amount(432.39)).toBe('432.39 万元');
		expect(amount(0)).toBe('0.00 万元');
	});
	it('switches to 亿元 by magnitude only when asked', () => {
		expect(amount(123456.7, true)).toBe('12.35 亿元');
		expect(amount(123456.7)).toBe('123,456.70 万元');
		expect(amount(9999.99, true)).toBe('9,999.99 万元');
	});
	it('says no data instead of 0 for missing values', () => {
		expect(wan(null)).toBe(NO_DATA);
		expect(amount(undefined)).toBe(NO_DATA);
		expect(count(Number.NaN)).toBe(NO_DATA);
		expect(percent(null)).toBe(NO_DATA);
	});
	it('formats counts and shares', () => {
		expect(count(1875, '人次')).toBe('1,875 人次');
		expect(percent(0.4559)).toBe('45.6%');
	});
});
