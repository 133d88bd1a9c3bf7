import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, parseView, viewQuery } from './view-state.ts';

describe('view state in the URL', () => {
	it('round-trips every field', () => {
		const v = { ...DEFAULT_VIEW, metric: 'project_share', metric2: 'staff_actual', year: 2023, province: '430000', prefecture: '430400', level: 'county', peerOf: '430412', lang: 'en' as const };
		expect(parseView(new URLSearchParams(viewQuery(v)))).toEqual(v);
	});
	it('leaves defaults out and keeps the dataset choice', () => {
		expect(viewQuery(DEFAULT_VIEW)).toBe('');
		expect(viewQuery(DEFAULT_VIEW, new URLSearchParams('data=synth&junk=1'))).toBe('?data=synth');
	});
	it('ignores what it does not know instead of passing it to SQL', () => {
		const v = parseView(new URLSearchParams("metric=drop table&province=43'0000&year=abc&level=x&peer=a'b"));
		expect(v).toEqual(DEFAULT_VIEW);
	});
});
