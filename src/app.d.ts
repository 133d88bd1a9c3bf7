// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** PUBLIC_DATASET at build time: 'synth' makes the synthetic panel the default */
	const __DEFAULT_DATASET__: string;
	namespace App {
		/** view state of shallow-routed pages (filters), mirrored in the query string */
		interface PageState {
			year?: number | null;
			page?: number;
			/** the whole view of a page that keeps one (compare) */
			view?: import('$lib/url/view-state.ts').ViewState;
		}
	}
}

export {};
