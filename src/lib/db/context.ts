import { getContext, setContext } from 'svelte';
import type { LoadProgress, QueryClient } from './types.ts';
import type { Manifest } from './manifest.ts';
import type { DatasetId } from './dataset.ts';

/** What views see of the database: its load state and, once ready, the client. */
export interface DbState {
	dataset: DatasetId;
	progress: LoadProgress;
	client: QueryClient | null;
	manifest: Manifest | null;
	/** the landing view computed at ingest (first-view.json), drawn before DuckDB is ready */
	firstView: unknown;
	error: string | null;
}

const KEY = Symbol('db');

export function setDb(state: DbState): void {
	setContext(KEY, state);
}

export function getDb(): DbState {
	const state = getContext<DbState | undefined>(KEY);
	if (!state) throw new Error('getDb() outside the root layout');
	return state;
}
