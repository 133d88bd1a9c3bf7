// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	/** PUBLIC_DATASET at build time: 'synth' makes the synthetic panel the default */
	const __DEFAULT_DATASET__: string;
	namespace App {}
}

export {};
