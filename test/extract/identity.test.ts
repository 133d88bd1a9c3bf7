import { describe, expect, it } from 'vitest';
import { docType, fiscalYear, readIdentity } from '../../src/lib/extract/identity.ts';

describe('readIdentity', () => {
	it('resolves a name qualified by its parent', () => {
		const { report } = readIdentity('2020年度\n株洲市渌口区信访局\n部门决算\n');
		expect(report).toMatchObject({
			bureau_name: '株洲市渌口区信访局',
			region_code: '430212',
			province: '湖南省',
			prefecture: '株洲市',
			admin_level: 'district',
			fiscal_year: 2020,
			doc_type: 'final_accounts',
			is_petition_body: true
		});
	});

	it('resolves an old name through the crosswalk', () => {
		expect(readIdentity('株洲县信访局2017年部门决算\n').report.region_code).toBe('430212');
	});

	it('leaves an ambiguous name without a region and warns', () => {
		const { report, warnings } = readIdentity('鼓楼区信访局2022年部门预算\n');
		expect(report.bureau_name).toBe('鼓楼区信访局');
		expect(report.region_code).toBeNull();
		expect(report.doc_type).toBe('budget');
		expect(warnings.map((w) => w.code)).toContain('region_ambiguous');
	});

	it('disambiguates a shared name by the parent written before it', () => {
		expect(readIdentity('南京市鼓楼区信访局2022年部门预算\n').report.region_code).toBe('320106');
	});

	it('reads a prefecture-level bureau', () => {
		expect(readIdentity('衡阳市信访局是市政府工作部门。\n').report).toMatchObject({
			region_code: '430400',
			admin_level: 'prefecture',
			prefecture: '衡阳市'
		});
	});

	it('ignores unnamed bureaus (国家信访局, 省信访局)', () => {
		expect(readIdentity('国家信访局交办，省信访局审核。').report.bureau_name).toBeNull();
	});
});

describe('fiscalYear', () => {
	it('skips document numbers and dates', () => {
		const text = '根据（绥财绩〔2024〕1号），2024年3月1日。2023年末编制11人，2023年支出。';
		expect(fiscalYear(text, 0)).toBe(2023);
	});
});

describe('docType', () => {
	it('reads the genre from the body when there is no title', () => {
		expect(docType('正文。部门整体支出绩效情况。', 0)).toBe('performance_self_eval');
	});
});
