// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** PUBLIC_DATASET at build time: 'synth' makes the synthetic panel the default */
	const __DEFAULT_DATASET__: string;
	/** PUBLIC_DATA_URL at build time: absolute URL of the default dataset on another host, or '' */
	const __DATA_URL__: string;
	interface Window {
		/** fetches of manifest.json and first-view.json begun by the inline boot script */
		__xfBoot?: import('$lib/db/boot.ts').BootFetches;
	}
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
