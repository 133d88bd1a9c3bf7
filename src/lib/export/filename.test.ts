import { describe, expect, it } from 'vitest';
import { exportFileName, fileStamp } from './filename.ts';

describe('exportFileName', () => {
	const day = new Date(2026, 10, 26, 23, 59);
	it('joins what and when: 信访局_比较_人均支出_2023_20261126.csv', () => {
		expect(exportFileName(['信访局', '比较', '人均支出', 2023], 'csv', day)).toBe('信访局_比较_人均支出_2023_20261126.csv');
		expect(exportFileName(['信访局', '数据质量', '核对'], 'xlsx', day)).toBe('信访局_数据质量_核对_20261126.xlsx');
	});
	it('leaves out empty parts and replaces characters file systems refuse', () => {
		expect(exportFileName(['信访局', null, '', '比较', 'a/b: c?'], 'parquet', day)).toBe('信访局_比较_a-b-c_20261126.parquet');
		expect(exportFileName(['petition bureaus', 'compare', 'spend per staff'], 'csv', day)).toBe('petition-bureaus_compare_spend-per-staff_20261126.csv');
	});
	it('stamps the local date', () => {
		expect(fileStamp(new Date(2027, 0, 5))).toBe('20270105');
	});
});
