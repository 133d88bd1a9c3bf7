import { describe, expect, it } from 'vitest';
import { isReportRef, parseAt, sourceHref, sourceHrefs } from './source-link.ts';

describe('source links', () => {
	it('name the report by 16 hex digits of its sha256 and the fact by its range, keeping data and lang', () => {
		const id = '24d02ae2fa2a9512'.padEnd(64, 'f');
		expect(sourceHref('/x', id, { start: 881, end: 899 }, new URLSearchParams('data=synth&lang=en&metric=y'))).toBe(
			'/x/sources/24d02ae2fa2a9512/?data=synth&lang=en&at=881-899'
		);
		expect(sourceHref('', id, null)).toBe('/sources/24d02ae2fa2a9512/');
	});

	it('are the same whether made one by one or for a whole table', () => {
		const id = '24d02ae2fa2a9512'.padEnd(64, 'f');
		for (const q of ['', 'data=synth', 'lang=en&page=3', 'data=synth&lang=en&metric=y', 'data=a%26b'])
			expect(sourceHrefs('/x', new URLSearchParams(q))(id, { start: 1, end: 20 })).toBe(sourceHref('/x', id, { start: 1, end: 20 }, new URLSearchParams(q)));
		expect(sourceHrefs('')(id, { start: 1, end: 2 })).toBe('/sources/24d02ae2fa2a9512/?at=1-2');
	});

	it('accept only hex refs and ordered ranges', () => {
		expect(isReportRef('24d02ae2')).toBe(true);
		expect(isReportRef('../etc')).toBe(false);
		expect(isReportRef('24d0')).toBe(false);
		expect(parseAt('881-899')).toEqual({ start: 881, end: 899 });
		expect(parseAt('899-881')).toBeNull();
		expect(parseAt('a-b')).toBeNull();
		expect(parseAt(null)).toBeNull();
	});
});
