import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// BASE_PATH lets the same build be served under a sub-path of an intranet server
// (e.g. BASE_PATH=/xinfang npm run build); it must start with "/" and not end with one.
const base = process.env.BASE_PATH ?? '';
// BUILD_DIR: where the site is written (build/ by default); the benchmark and the data-host test
// make a second build there with PUBLIC_DATA_URL set, beside the default one.
const out = process.env.BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: out, assets: out, fallback: '404.html', strict: true }),
		paths: { base, relative: true },
		prerender: { handleHttpError: 'fail' }
	}
};

export default config;
