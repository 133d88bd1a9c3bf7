// Character classes as flag tables indexed by UTF-16 code, for the scans that touch every
// character of a report (a table lookup inlines where a regular expression or a call may not).
// Index them with `text.charCodeAt(i) | 0`: a read past either end of a string (an empty cell's
// first character, the end of a cell) gives NaN, and a table load that has once seen a NaN key
// stays a slower generic load for good. `| 0` looks up 0 instead, NUL, which no table holds
// (measured: readGrid over the seed tables ran 22 % faster with it).

/** A flag table over the Basic Multilingual Plane for a set of characters. */
export function charSet(chars: string): Uint8Array {
	const t = new Uint8Array(0x10000);
	for (let i = 0; i < chars.length; i++) t[chars.charCodeAt(i)] = 1;
	return t;
}

/** 0-9 and full-width ０-９. */
export const DIGIT = charSet('0123456789０１２３４５６７８９');

/** What JavaScript's \s matches (U+3000 included). */
export const SPACE = charSet(
	'\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff'
);

/** The value of a digit code (full-width or not). */
export function digitValue(c: number): number {
	return c <= 57 ? c - 48 : c - 0xff10;
}

/** A run of ASCII or full-width digits (and nothing else) as an integer. */
export function digitsToInt(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) n = n * 10 + digitValue(s.charCodeAt(i));
	return n;
}
