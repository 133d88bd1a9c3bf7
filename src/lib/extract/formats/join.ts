// Two pieces of one line of text that a layout broke apart (a wrapped line, a cell's second
// paragraph). Chinese runs on with no space; two Latin words or numbers keep one between them,
// or 2020 and 2021 would read as 20202021.

/** Characters set full width in Chinese text: CJK, full-width forms, and the quotes, dashes
 * and ellipses a CJK font draws full width. */
export const WIDE_CHARS = '\\u2010-\\u206F\\u2E80-\\u9FFF\\uF900-\\uFAFF\\uFF00-\\uFFEF\\u3000-\\u303F';

export function joinParts(a: string, b: string): string {
	if (a === '') return b;
	if (b === '') return a;
	return /[A-Za-z0-9.,%]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}
