import { describe, expect, it } from 'vitest';
import type * as arrow from 'apache-arrow';
import { StatementCache, type Preparer } from '../../src/lib/db/statement-cache.ts';

/** A connection that records what it was asked: a table is faked as the SQL it answers. */
function fakeConnection(unpreparable: RegExp = /;\s*\S/) {
	const log: string[] = [];
	const answer = (sql: string) => ({ sql }) as unknown as arrow.Table;
	const conn: Preparer = {
		async query(sql) {
			log.push(`query ${sql}`);
			if (/syntax error/.test(sql)) throw new Error(`Parser Error: ${sql}`);
			return answer(sql);
		},
		async prepare(sql) {
			log.push(`prepare ${sql}`);
			if (unpreparable.test(sql) || /syntax error/.test(sql)) throw new Error('cannot prepare');
			return {
				async query() {
					log.push(`run ${sql}`);
					return answer(sql);
				},
				async close() {
					log.push(`close ${sql}`);
				}
			};
		}
	};
	return { conn, log };
}

describe('statement cache', () => {
	it('prepares a text once and runs the prepared statement each time after', async () => {
		const { conn, log } = fakeConnection();
		const cache = new StatementCache(conn);
		const got = await Promise.all([cache.run('SELECT 1'), cache.run('SELECT 1'), cache.run('SELECT 2')]);
		expect(got.map((t) => (t as unknown as { sql: string }).sql)).toEqual(['SELECT 1', 'SELECT 1', 'SELECT 2']);
		await cache.run('SELECT 1');
		expect(log.filter((l) => l.startsWith('prepare'))).toEqual(['prepare SELECT 1', 'prepare SELECT 2']);
		expect(log.filter((l) => l === 'run SELECT 1')).toHaveLength(3);
	});

	it('runs what DuckDB cannot prepare as a plain query, and passes on its error', async () => {
		const { conn, log } = fakeConnection();
		const cache = new StatementCache(conn);
		await cache.run('SET x = 1; SELECT 1');
		expect(log).toEqual(['prepare SET x = 1; SELECT 1', 'query SET x = 1; SELECT 1']);
		await expect(cache.run('SELECT syntax error')).rejects.toThrow('Parser Error: SELECT syntax error');
	});

	it('closes the least recently used statement beyond its capacity', async () => {
		const { conn, log } = fakeConnection();
		const cache = new StatementCache(conn, 2);
		await cache.run('A');
		await cache.run('B');
		await cache.run('A'); // B is now the least recently used
		await cache.run('C');
		await Promise.resolve();
		expect(cache.size).toBe(2);
		expect(log.filter((l) => l.startsWith('close'))).toEqual(['close B']);
		await cache.run('B');
		expect(log.filter((l) => l.startsWith('prepare'))).toEqual(['prepare A', 'prepare B', 'prepare C', 'prepare B']);
	});
});
