// Every registry metric: bound by the browser's own engine (duckdb-wasm's Node build, no
// extensions) against the real schema, and computed over the seed reports equal to the value
// worked out by hand from the reports' figures.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS, metricById, registryProblems } from '../../src/lib/metrics/registry.ts';
import { metricByRegionSql, metricPairSql, metricRowsSql, metricSummarySql, metricTrendSql, NO_FILTER } from '../../src/lib/metrics/query.ts';
import type { QueryClient } from '../../src/lib/db/types.ts';
import { seedDatabase, type SeedDb } from '../support/seed-db.ts';

let seed: SeedDb;
let db: QueryClient;

beforeAll(async () => {
	seed = await seedDatabase('xf-metrics-');
	db = seed.db;
}, 120_000);

afterAll(async () => {
	await seed?.close();
});

async function value(metric: string, bureau: string, year: number): Promise<number | null> {
	const rows = await db.query<{ bureau_id: string; value: number }>(metricRowsSql(metricById(metric), { ...NO_FILTER, year }));
	return rows.find((r) => r.bureau_id === bureau)?.value ?? null;
}

describe('metric registry', () => {
	it('has unique ids and needs only fact metrics of the design vocabulary', () => {
		expect(registryProblems((id) => /^(staff|spend|income|petition|perf)(\.[a-z_]+)+$/.test(id))).toEqual([]);
	});

	it.each(METRICS.map((m) => [m.id, m]))('%s binds in duckdb-wasm in every view query', async (_, m) => {
		const filter = { year: 2023, province: '430000', prefecture: '430400', level: 'county', peerOf: '430412' };
		for (const sql of [
			metricRowsSql(m, NO_FILTER, 10),
			metricRowsSql(m, filter),
			metricRowsSql(m, NO_FILTER, null, 3),
			metricSummarySql(m, NO_FILTER),
			metricPairSql(m, metricById('staff_actual'), NO_FILTER),
			metricTrendSql(m, ['430400']),
			metricByRegionSql(m, NO_FILTER, 'prefecture'),
			metricByRegionSql(m, NO_FILTER, 'county')
		])
			await expect(db.query(`EXPLAIN ${sql}`)).resolves.toBeDefined();
	});

	// hand-worked from the reports' own figures (万元, 人)
	const cases: [string, string, number, number | null][] = [
		['spend_per_staff', '430400', 2023, (811.64 + 968.73) / 33], // 衡阳市: basic + project, general budget
		['spend_per_staff', '431102', 2024, 542.49 / 20], // 零陵区: stated all-funds total
		['spend_per_staff', '430527', 2023, 407.3 / 10], // 绥宁县: all-funds total in its appendix table
		['personnel_per_staff', '430412', 2021, 82.2 / 5], // 南岳区
		['personnel_per_staff', '431102', 2024, 237.14 / 20], // all funds before the general budget's 236.67
		['personnel_per_staff', '430400', 2023, null], // 衡阳市 states no personnel total: no data, not 0
		['spend_per_10k_residents', '431102', 2024, (542.49 / 563556) * 10000], // census 2020: 零陵区 563,556
		['spend_per_petition', '430412', 2021, (112.38 + 92.26) / 290],
		['spend_per_visit_batch', '431102', 2024, 542.49 / 773],
		['project_share', '430400', 2023, 968.73 / (811.64 + 968.73)],
		['project_share', '430527', 2023, 75.47 / 407.3], // both all funds, not the general budget's 75.48
		['three_public_share', '431102', 2024, 3.87 / 542.49],
		['vacancy_rate', '431102', 2024, 1 - 20 / 24],
		['vacancy_rate', '430412', 2021, 0],
		['total_yoy', '430412', 2021, (112.38 + 92.26) / (121.9 + 50.92) - 1], // 2020 derived from 较上年 changes
		['total_yoy', '430400', 2023, null], // no 2022 figure for 衡阳市
		['spend_total', '430212', 2020, 432.39],
		['spend_basic', '431102', 2024, 341],
		['spend_project', '430212', 2020, 0], // a stated zero is a value
		['staff_actual', '430400', 2023, 33],
		['staff_authorized', '430400', 2023, 37],
		['spend_personnel', '430412', 2021, 82.2],
		['petition_total', '430412', 2021, 290],
		['visits_batches', '431102', 2024, 773],
		['visits_persons', '431102', 2024, 1875],
		['perf_score', '430527', 2023, 88]
	];
	it.each(cases)('%s of %s in %i', async (metric, bureau, year, expected) => {
		const v = await value(metric, bureau, year);
		if (expected === null) expect(v).toBeNull();
		else expect(v).toBeCloseTo(expected, 9);
	});

	it('gives the same rows when only the first ones carry their sources, and those the same sources', async () => {
		for (const id of ['spend_per_staff', 'spend_total', 'petition_total']) {
			const m = metricById(id);
			type R = { bureau_id: string; fiscal_year: number; value: number; sources: unknown; sources_more: unknown };
			const full = await db.query<R>(metricRowsSql(m, NO_FILTER));
			const some = await db.query<R>(metricRowsSql(m, NO_FILTER, null, 2));
			expect(some.map((r) => [r.bureau_id, r.fiscal_year, r.value])).toEqual(full.map((r) => [r.bureau_id, r.fiscal_year, r.value]));
			expect(some.slice(0, 2).map((r) => [r.sources, r.sources_more])).toEqual(full.slice(0, 2).map((r) => [r.sources, r.sources_more]));
			expect(some.slice(2).every((r) => r.sources === null)).toBe(true);
			if (id === 'spend_per_staff') expect(full.length).toBeGreaterThan(2);
		}
	});

	it('filters a peer group: same level and prefecture', async () => {
		const rows = await db.query<{ bureau_id: string }>(
			metricRowsSql(metricById('spend_per_staff'), { ...NO_FILTER, peerOf: '430412' })
		);
		expect(rows.map((r) => r.bureau_id)).toEqual(['430412']); // 南岳区 is the only district of 衡阳市 here
		const hunanCounties = await db.query<{ bureau_id: string }>(
			metricRowsSql(metricById('spend_per_staff'), { ...NO_FILTER, province: '430000', level: 'county' })
		);
		expect(hunanCounties.map((r) => r.bureau_id).sort()).toEqual(['430212', '430412', '430527', '431102']);
	});
});
