import { describe, expect, it } from 'vitest';
import { parseQualityView, qualityQuery } from './quality-state.ts';

describe('quality view state', () => {
	it('round-trips a drilled, filtered view and keeps data=synth', () => {
		const q = '?data=synth&province=430000&prefecture=430400&unit=bureau&group=petition&cpage=3&status=fail&kpage=2&ppage=4&lang=en';
		const v = parseQualityView(new URLSearchParams(q));
		expect(v).toEqual({ province: '430000', prefecture: '430400', bureaus: true, group: 'petition', coveragePage: 2, status: 'fail', checksPage: 1, problemsPage: 3, lang: 'en' });
		expect(qualityQuery(v, new URLSearchParams(q))).toBe(q);
	});
	it('drops what it does not know', () => {
		expect(parseQualityView(new URLSearchParams('province=43&group=x&status=bad&cpage=-1'))).toMatchObject({ province: null, group: null, status: null, coveragePage: 0 });
		expect(qualityQuery(parseQualityView(new URLSearchParams('')))).toBe('');
	});
});
