import { describe, expect, it } from 'vitest';
import { allRegions, CODE_CROSSWALK } from '../src/lib/regions/divisions.ts';

describe('division list', () => {
	const regions = allRegions();
	const byCode = new Map(regions.map((r) => [r.code, r]));
	it('has each code once (cities without counties are not listed twice)', () => {
		expect(byCode.size).toBe(regions.length);
		expect(byCode.get('441900')).toMatchObject({ name: '东莞市', level: 'prefecture' });
	});
	it('builds the hierarchy with grouping rows removed', () => {
		expect(byCode.get('430212')).toMatchObject({ name: '渌口区', level: 'district', parent_code: '430200' });
		expect(byCode.get('110105')).toMatchObject({ name: '朝阳区', parent_code: '110000' });
		expect(byCode.get('430000')).toMatchObject({ level: 'province', parent_code: null });
		expect(regions.filter((r) => r.level === 'province')).toHaveLength(31);
	});
	it('flags NBS development zones and maps old codes to current ones', () => {
		expect(regions.filter((r) => r.functional_zone).every((r) => r.code[4] === '7')).toBe(true);
		for (const { code } of Object.values(CODE_CROSSWALK)) expect(byCode.has(code)).toBe(true);
		expect(byCode.has('431121')).toBe(false);
	});
});
