import { describe, expect, it } from 'vitest';
import { bureauHref, bureauHrefs } from './bureau-link.ts';

describe('bureau links', () => {
	it('keep the dataset and language, made one by one or for a whole table', () => {
		expect(bureauHref('/x', '430400', new URLSearchParams('data=synth&lang=en&year=2023'))).toBe('/x/bureau/?id=430400&data=synth&lang=en');
		for (const q of ['', 'data=synth', 'lang=en&page=3', 'data=a%26b&lang=en'])
			for (const id of ['430400', '430400:衡阳市信访局来访接待中心', 'name:某 局&x'])
				expect(bureauHrefs('/x', new URLSearchParams(q))(id)).toBe(bureauHref('/x', id, new URLSearchParams(q)));
	});
});
