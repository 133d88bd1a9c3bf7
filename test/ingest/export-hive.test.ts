// The Hive-partitioned copy of the dataset (npm run export:hive) holds exactly the canonical rows:
// read back by DuckDB with hive partitioning, facts and bureau_year give the same rows, and the
// directories are named by province and year.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { ingest } from '../../scripts/ingest/run.ts';
import { exportHive, type HiveExport } from '../../scripts/export-hive.ts';

let dir: string;
let result: HiveExport;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'xf-hive-'));
	await cp('data/raw', join(dir, 'raw'), { recursive: true });
	await ingest({ raw: join(dir, 'raw'), out: join(dir, 'data'), census: 'data/reference/census2020_cn_county_prefecture.csv' });
	result = await exportHive(join(dir, 'data'), join(dir, 'hive'));
}, 120_000);

afterAll(async () => {
	if (dir) await rm(dir, { recursive: true, force: true });
});

async function rows(sql: string): Promise<unknown[][]> {
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	try {
		return (await (await conn.run(sql)).getRows()).map((r) => r.map((v) => (typeof v === 'bigint' ? Number(v) : v)));
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
}

const TYPES = `hive_partitioning = true, hive_types = {'province_code': VARCHAR, 'fiscal_year': INTEGER}`;

describe('export:hive', () => {
	it('partitions facts by province and year: the seeds are all in Hunan (430000), 2019-2024', () => {
		const provinces = readdirSync(join(dir, 'hive', 'facts'));
		expect(provinces).toEqual(['province_code=430000']);
		const years = readdirSync(join(dir, 'hive', 'facts', 'province_code=430000')).sort();
		expect(years).toEqual(['fiscal_year=2019', 'fiscal_year=2020', 'fiscal_year=2021', 'fiscal_year=2022', 'fiscal_year=2023', 'fiscal_year=2024']);
		expect(result.tables.find((t) => t.name === 'facts')?.partitions).toBe(6);
	});

	it('reads back the same facts, value for value, and the same bureau_year rows', async () => {
		const canon = (t: string) => `read_parquet('${join(dir, 'data', `${t}.parquet`)}')`;
		const hive = (t: string) => `read_parquet('${join(dir, 'hive', t, '**', '*.parquet')}', ${TYPES})`;
		const facts = 'fact_key, report_id, fiscal_year, metric, value, src_start, src_end';
		expect(await rows(`SELECT count(*) FROM (SELECT ${facts} FROM ${canon('facts')} EXCEPT ALL SELECT ${facts} FROM ${hive('facts')})`)).toEqual([[0]]);
		expect(await rows(`SELECT count(*) FROM ${hive('facts')}`)).toEqual(await rows(`SELECT count(*) FROM ${canon('facts')}`));
		const by = 'bureau_id, fiscal_year, total, spend_per_staff';
		expect(await rows(`SELECT ${by} FROM ${hive('bureau_year')} ORDER BY ALL`)).toEqual(await rows(`SELECT ${by} FROM ${canon('bureau_year')} ORDER BY ALL`));
		// 衡阳市 2023: the partitioned copy answers a provincial query with the report's figures
		expect(await rows(`SELECT value FROM ${hive('facts')} WHERE province_code = '430000' AND fiscal_year = 2023 AND bureau_id = '430400' AND metric = 'spend.basic' AND scope = 'general_public_budget' AND phase = 'actual'`)).toEqual([[811.64]]);
	});
});
