// The light queries the pages run (metric_values and bureau_keys written at ingest, sources read
// back for the shown rows only) give the rows the direct queries over bureau_year give: every
// metric, with and without a year, in duckdb-wasm on the seed database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS, metricById } from '../../src/lib/metrics/registry.ts';
import { metricPairKeysSql, metricSummarySql, NO_FILTER, whereSql, type ViewFilter } from '../../src/lib/metrics/query.ts';
import { loadBureauKeys, loadCompare, pointDetails } from '../../src/lib/metrics/compare-load.ts';
import { kpisSql, loadRanking, viewRowsSql } from '../../src/lib/metrics/landing.ts';
import { loadTablePage, PAGE_SIZE } from '../../src/lib/metrics/bureau-table.ts';
import { metricInputs } from '../../src/lib/metrics/inputs.ts';
import type { QueryClient } from '../../src/lib/db/types.ts';
import { seedDatabase, type SeedDb } from '../support/seed-db.ts';
import { nativeQuery } from '../support/node-duckdb.ts';
import { METRIC_WIDE_SQL } from '../../src/lib/metrics/metric-values.ts';

let seed: SeedDb;
let db: QueryClient;

beforeAll(async () => {
	seed = await seedDatabase('xf-metric-values-');
	db = seed.db;
}, 120_000);

afterAll(async () => {
	await seed?.close();
});

const latest = (f: ViewFilter) => (f.year === null ? 'QUALIFY row_number() OVER (PARTITION BY bureau_id ORDER BY fiscal_year DESC) = 1' : '');
const FILTERS: ViewFilter[] = [NO_FILTER, { ...NO_FILTER, year: 2023 }, { ...NO_FILTER, year: 2022 }, { ...NO_FILTER, level: 'county' }];

describe('metric_values', () => {
	it.each(METRICS.map((m) => [m.id, m]))('%s: rows, pairs and summary equal the direct queries over bureau_year', async (_, m) => {
		const keys = await loadBureauKeys(db);
		for (const f of FILTERS) {
			const direct = await db.query<{ bureau_id: string; fiscal_year: number; value: number; sources: unknown }>(
				`SELECT bureau_id, fiscal_year, value, sources FROM (SELECT *, (${m.sql}) AS value FROM bureau_year ${whereSql(f)})
				WHERE value IS NOT NULL ${latest(f)} ORDER BY value DESC, bureau_id`
			);
			for (const x of [metricById('staff_actual'), metricById('petition_total')]) {
				const data = await loadCompare(db, keys, m, x, f, 3);
				expect(data.rows.map((r) => [r.bureau_id, r.fiscal_year, r.value, r.sources])).toEqual(direct.slice(0, 3).map((r) => [r.bureau_id, r.fiscal_year, r.value, r.sources]));
				expect(data.summary?.n).toBe(direct.length);
				const pairs = await db.query<{ bureau_id: string; fiscal_year: number; x: number; y: number }>(
					`SELECT bureau_id, fiscal_year, x, y FROM (SELECT *, (${x.sql}) AS x, (${m.sql}) AS y FROM bureau_year ${whereSql(f)})
					WHERE x IS NOT NULL AND y IS NOT NULL ${latest(f)} ORDER BY bureau_id`
				);
				expect(data.pairs.map((p) => [p.bureau_id, p.fiscal_year, p.x, p.y])).toEqual(pairs.map((p) => [p.bureau_id, p.fiscal_year, p.x, p.y]));
				// a point opened reads its sources: the same inputs as the row read whole
				for (const p of data.pairs) {
					const whole = (await db.query<Record<string, unknown>>(`SELECT * FROM bureau_year WHERE bureau_id = '${p.bureau_id}' AND fiscal_year = ${p.fiscal_year}`))[0]!;
					expect(metricInputs(m, await pointDetails(db, p, x, m))).toEqual(metricInputs(m, whole as never));
				}
			}
			const [s] = await db.query<{ n: number }>(metricSummarySql(m, f));
			expect(s!.n).toBe(direct.length);
		}
	});

	it('pairs each bureau at the latest year both metrics share, when their latest years differ', async () => {
		// the seed's bureaus have every metric in their latest year: a panel of hand-made values
		// where they do not (b1: x in 2021-2023, y in 2020-2022 -> 2022; b2: no common year;
		// b3: both latest in 2023)
		const x = metricById('staff_actual');
		const y = metricById('petition_total');
		const v = (m: string, bkey: number, year: number, value: number, latest: boolean) =>
			`('${m}', ${bkey}, 'b${bkey}', ${year}, ${value}, ${latest}, 'county', '430000', '430400')`;
		const rows = [
			v(x.id, 1, 2021, 10, false), v(x.id, 1, 2022, 11, false), v(x.id, 1, 2023, 12, true),
			v(y.id, 1, 2020, 5, false), v(y.id, 1, 2021, 6, false), v(y.id, 1, 2022, 7, true),
			v(x.id, 2, 2023, 20, true), v(y.id, 2, 2021, 8, true),
			v(x.id, 3, 2022, 30, false), v(x.id, 3, 2023, 31, true), v(y.id, 3, 2023, 9, true)
		];
		const got = await nativeQuery(`WITH metric_values(metric, bkey, bureau_id, fiscal_year, value, latest, level, province_code, prefecture_code) AS (VALUES ${rows.join(', ')}),
			metric_wide AS (${METRIC_WIDE_SQL})
			${metricPairKeysSql(x, y, NO_FILTER)}`);
		expect(got).toEqual([
			{ bkey: 1, fiscal_year: 2022, x: 11, y: 7 },
			{ bkey: 3, fiscal_year: 2023, x: 31, y: 9 }
		]);
	});
});

describe('landing view, light', () => {
	it.each([null, 2023, 2022, 2021])('year %s: the ranking and the KPIs over the view rows', async (year) => {
		const view = await db.query<{ bureau_id: string; fiscal_year: number; spend_per_staff: number; total: number }>(
			`SELECT bureau_id, fiscal_year, spend_per_staff, total FROM (${viewRowsSql(year)}) ORDER BY spend_per_staff DESC, bureau_id`
		);
		const ranking = await loadRanking(db, year);
		expect(ranking.map((r) => [r.bureau_id, r.fiscal_year, r.spend_per_staff])).toEqual(view.slice(0, 30).map((r) => [r.bureau_id, r.fiscal_year, r.spend_per_staff]));
		for (const r of ranking) expect(r.inputs?.length).toBeGreaterThan(0);
		const [k] = await db.query<{ compared: number; total_spend: number | null }>(kpisSql(year));
		expect(k!.compared).toBe(view.length);
		if (view.length) expect(k!.total_spend).toBeCloseTo(view.reduce((a, r) => a + r.total, 0), 2);
	});

	it.each([null, 2023])('year %s: a table page is the page of whole rows in the table order', async (year) => {
		const where = year === null ? '' : `WHERE fiscal_year = ${year}`;
		const order = 'ORDER BY spend_per_staff DESC NULLS LAST, total DESC NULLS LAST, bureau_id, fiscal_year DESC';
		const page = await loadTablePage(db, year, 0);
		const cols = Object.keys(page[0]!);
		expect(cols).toContain('sources');
		const whole = await db.query<Record<string, unknown>>(`SELECT ${cols.join(', ')} FROM bureau_year ${where} ${order}`);
		expect(page).toEqual(whole.slice(0, PAGE_SIZE));
		// every page, small ones too: the rows in order, each once
		const pages = [];
		for (let p = 0; p * 2 < whole.length; p++) pages.push(...(await loadTablePage(db, year, p, 2)));
		expect(pages).toEqual(whole);
		expect(await loadTablePage(db, year, 1000)).toEqual([]);
	});
});
