import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { toParquet } from './parquet.ts';
import { nativeQuery } from '../../../test/support/node-duckdb.ts';

const dir = mkdtempSync(join(tmpdir(), 'xf-parquet-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('parquet', () => {
	it('reads back in DuckDB with the same values and types', async () => {
		const file = join(dir, 'a.parquet');
		writeFileSync(
			file,
			toParquet({
				columns: [
					{ name: 'bureau_id', kind: 'text' },
					{ name: 'fiscal_year', kind: 'integer' },
					{ name: 'value', kind: 'number' },
					{ name: 'computed', kind: 'boolean' },
					{ name: 'sources', kind: 'text' }
				],
				rows: [
					{ bureau_id: '430400', fiscal_year: 2023, value: 811.64, computed: false, sources: [{ f: '衡阳.txt' }] },
					{ bureau_id: '南岳区', fiscal_year: null, value: null, computed: null, sources: null }
				]
			})
		);
		expect(await nativeQuery(`SELECT * FROM '${file}'`)).toEqual([
			{ bureau_id: '430400', fiscal_year: 2023, value: 811.64, computed: false, sources: '[{"f":"衡阳.txt"}]' },
			{ bureau_id: '南岳区', fiscal_year: null, value: null, computed: null, sources: null }
		]);
		expect(await nativeQuery(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '${file}')`)).toEqual([
			{ column_name: 'bureau_id', column_type: 'VARCHAR' },
			{ column_name: 'fiscal_year', column_type: 'BIGINT' },
			{ column_name: 'value', column_type: 'DOUBLE' },
			{ column_name: 'computed', column_type: 'BOOLEAN' },
			{ column_name: 'sources', column_type: 'VARCHAR' }
		]);
	});
});
