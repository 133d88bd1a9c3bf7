// Binary search over things kept in reading order (numbers, headings, marks by offset).

/** The first index in 0..n for which `before(i)` is false, `before` being true for a prefix of
 * the indices and false for the rest: the first item at or after what `before` compares with. */
export function firstNotBefore(n: number, before: (i: number) => boolean): number {
	let lo = 0;
	let hi = n;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (before(mid)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}
