// Prepared statements kept by their SQL text, so a query the pages run again (a year or metric
// the user comes back to, a table page) skips DuckDB's parse, bind and optimise. In duckdb-wasm
// that is most of an interaction's query time: the overview's ranking took 16 ms as a query and
// 2.7 ms as a prepared statement run again on the five real reports (23 -> 8 ms on the national
// panel), the KPIs 13 -> 4 ms, a table page 12.5 -> 7.7 ms. Only plans are kept, never results:
// every run executes against the attached file. The file is read-only, so a plan never goes stale.
import type * as arrow from 'apache-arrow';

/** What the cache needs of a duckdb-wasm connection (AsyncDuckDBConnection has it). */
export interface Preparer {
	query(sql: string): Promise<arrow.Table>;
	prepare(sql: string): Promise<{ query(): Promise<arrow.Table>; close(): Promise<void> }>;
}

type Statement = Awaited<ReturnType<Preparer['prepare']>>;

export class StatementCache {
	/** in least-recently-used order; a pending prepare is shared by the queries that wait on it */
	private readonly statements = new Map<string, Promise<Statement | null>>();

	constructor(
		private readonly conn: Preparer,
		private readonly capacity = 64
	) {}

	async run(sql: string): Promise<arrow.Table> {
		let statement = this.statements.get(sql);
		if (statement) this.statements.delete(sql); // re-inserted below: most recently used
		else {
			// a text DuckDB cannot prepare (several statements, a syntax error) runs as a plain
			// query, which gives the result or DuckDB's own error message
			statement = this.conn.prepare(sql).catch(() => null);
			this.evict();
		}
		this.statements.set(sql, statement);
		const prepared = await statement;
		return prepared ? prepared.query() : this.conn.query(sql);
	}

	get size(): number {
		return this.statements.size;
	}

	private evict(): void {
		while (this.statements.size >= this.capacity) {
			const [oldest, statement] = this.statements.entries().next().value!;
			this.statements.delete(oldest);
			// closed after any run already waiting on it: the worker answers requests in order
			void statement.then((s) => s?.close()).catch(() => {});
		}
	}
}
