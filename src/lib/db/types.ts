// The one boundary between the database and everything else: pages and charts receive rows
// through this interface (from Svelte context), so tests can hand in a fake.

export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
export type Row = Record<string, Value>;

export interface QueryClient {
	query<T = Row>(sql: string): Promise<T[]>;
}

/** A failed query, carrying the SQL that failed and DuckDB's own message. */
export class QueryError extends Error {
	readonly sql: string;
	constructor(message: string, sql: string) {
		super(message);
		this.name = 'QueryError';
		this.sql = sql;
	}
}

export function isQueryError(e: unknown): e is QueryError {
	return e instanceof QueryError;
}

export type LoadPhase = 'download' | 'instantiate' | 'attach' | 'ready' | 'error';

export interface LoadProgress {
	phase: LoadPhase;
	/** 0..1 while downloading the engine, else null */
	fraction: number | null;
	message: string;
}
