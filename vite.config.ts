import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	define: {
		__DEFAULT_DATASET__: JSON.stringify(process.env.PUBLIC_DATASET ?? 'real'),
		// a separate static host for the default dataset's files (CORS + Range there); '' = same origin
		__DATA_URL__: JSON.stringify(process.env.PUBLIC_DATA_URL ?? '')
	},
	// duckdb-wasm ships its own worker and wasm; Vite must not pre-bundle it.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
	build: {
		chunkSizeWarningLimit: 2000,
		// small chunks merged into others: the first view asked for ~50 files, and over HTTP/1.1
		// (6 connections a host) they queued in waves ahead of the first-view data
		rollupOptions: { output: { experimentalMinChunkSize: 50_000 } }
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
					exclude: ['test/browser/**'],
					environment: 'node',
					// the first duckdb-wasm query compiles the engine: seconds on a busy 2-core CI machine
					testTimeout: 30_000,
					hookTimeout: 120_000
				}
			},
			{
				extends: true,
				test: {
					name: 'browser',
					include: ['test/browser/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 180_000,
					// one Chromium at a time: the machines have two cores
					fileParallelism: false
				}
			}
		]
	}
});
