import { describe, expect, it } from 'vitest';
import { isReportRef, parseAt, sourceHref } from './source-link.ts';

describe('source links', () => {
	it('name the report by 16 hex digits of its sha256 and the fact by its range, keeping data and lang', () => {
		const id = '24d02ae2fa2a9512'.padEnd(64, 'f');
		expect(sourceHref('/x', id, { start: 881, end: 899 }, new URLSearchParams('data=synth&lang=en&metric=y'))).toBe(
			'/x/sources/24d02ae2fa2a9512/?data=synth&lang=en&at=881-899'
		);
		expect(sourceHref('', id, null)).toBe('/sources/24d02ae2fa2a9512/');
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
