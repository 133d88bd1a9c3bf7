// A page's queries run in $effects that re-run when the view changes; an answer that arrives
// after its effect has re-run (or the page has gone) must not overwrite the newer one.

/** Hands `work`'s result to `apply`, or its failure's message to `fail`, unless the effect that
 * started it has been cleaned up since. Returns that cleanup: `return whenCurrent(…)`. */
export function whenCurrent<T>(work: Promise<T>, apply: (value: T) => void, fail: (message: string) => void): () => void {
	let cancelled = false;
	work
		.then((value) => {
			if (!cancelled) apply(value);
		})
		.catch((e) => {
			if (!cancelled) fail(e instanceof Error ? e.message : String(e));
		});
	return () => {
		cancelled = true;
	};
}
