// The data-quality and download SQL in duckdb-wasm (the browser's engine) on the seed reports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDatabase, type SeedDb } from '../support/seed-db.ts';
import { COVERAGE_FACTS_SQL, COVERAGE_YEARS_SQL, coverageCellsSql, coverageExportSql, coverageUnitsSql } from '../../src/lib/metrics/quality.ts';
import { checksSql, problemsSql, statedTwice, type CheckRow } from '../../src/lib/metrics/quality-checks.ts';
import { metricExportSql, overviewExportSql, profileExportSql, trendExportSql } from '../../src/lib/metrics/view-exports.ts';
import { metricById } from '../../src/lib/metrics/registry.ts';
import { NO_FILTER } from '../../src/lib/metrics/query.ts';

let seed: SeedDb;
beforeAll(async () => {
	seed = await seedDatabase('xf-quality-');
});
afterAll(() => seed?.close());

describe('coverage', () => {
	const national = { province: null, prefecture: null, unit: null };
	it('aggregates the five Hunan bureaus nationally, then by prefecture, then bureau by bureau', async () => {
		expect(await seed.db.query(coverageUnitsSql(national, 'zh', 0))).toEqual([{ unit_key: '430000', unit_name: '湖南省', bureaus: 5, units: 1 }]);
		const prefs = await seed.db.query(coverageUnitsSql({ ...national, province: '430000' }, 'zh', 0));
		expect(prefs.map((p) => [p.unit_key, p.unit_name, p.bureaus])).toEqual([
			['430200', '株洲市', 1],
			['430400', '衡阳市', 2],
			['430500', '邵阳市', 1],
			['431100', '永州市', 1]
		]);
		const cells = await seed.db.query<{ unit_key: string; fiscal_year: number; grp: string; bureaus_with: number }>(
			coverageCellsSql({ ...national, province: '430000', prefecture: '430400' }, 'zh', ['430400', '430412'])
		);
		const at = (u: string, y: number, g: string) => cells.find((c) => c.unit_key === u && c.fiscal_year === y && c.grp === g)?.bureaus_with ?? 0;
		expect(at('430400', 2023, 'totals')).toBe(1);
		expect(at('430400', 2023, 'performance')).toBe(1);
		expect(at('430412', 2021, 'petition')).toBe(1);
		expect(at('430412', 2020, 'totals')).toBe(1); // restated as 上年 in the 2021 report
		expect(at('430412', 2023, 'totals')).toBe(0);
	});

	it('works from a temporary table of the grouped facts, as the page keeps it', async () => {
		await seed.db.query(`CREATE OR REPLACE TEMP TABLE quality_coverage AS ${COVERAGE_FACTS_SQL}`);
		const years = await seed.db.query<{ year: number }>(COVERAGE_YEARS_SQL('temp.quality_coverage'));
		expect(years.map((y) => y.year)).toContain(2023);
		const a = await seed.db.query(coverageCellsSql(national, 'zh', ['430000'], 'temp.quality_coverage'));
		const b = await seed.db.query(coverageCellsSql(national, 'zh', ['430000']));
		expect(a.length).toBeGreaterThan(0);
		expect(new Set(a.map((r) => JSON.stringify(r)))).toEqual(new Set(b.map((r) => JSON.stringify(r))));
	});

	it('exports every unit, year and group, zeros included', async () => {
		const rows = await seed.db.query<{ unit_key: string; fiscal_year: number; metric_group: string; bureaus_with_data: number }>(coverageExportSql(national, 'zh'));
		const years = await seed.db.query(COVERAGE_YEARS_SQL());
		expect(rows).toHaveLength(years.length * 7);
		expect(rows.find((r) => r.fiscal_year === 2023 && r.metric_group === 'totals')?.bureaus_with_data).toBe(2);
	});
});

describe('checks and problems', () => {
	it('lists the contradictions first, with both values and their report', async () => {
		const rows = await seed.db.query<CheckRow>(checksSql('fail', null));
		expect(rows.map((r) => [r.source_file, r.expected, r.actual, r.status])).toEqual([
			['lukou-district-2020-final-accounts.txt', 432.32, 124.06, 'fail'],
			['nanyue-district-2021-performance.txt', 50.92, 57.42, 'fail']
		]);
		expect(statedTwice(rows[0]!.check)).toEqual({ first: 7497, second: 10304 });
		expect(rows[1]!.difference).toBe(6.5);
		expect((await seed.db.query(checksSql(null, null))).length).toBe(41);
		expect((await seed.db.query(checksSql(null, 0, 10))).length).toBe(10);
	});

	it('lists the problems with file and message', async () => {
		const rows = await seed.db.query<{ source_file: string; code: string; bureau_id: string }>(problemsSql(null));
		expect(rows.map((r) => [r.source_file, r.code, r.bureau_id])).toEqual([
			['lingling-district-2024-performance.txt', 'staff_kind_unsure', '431102'],
			['lukou-district-2020-final-accounts.txt', 'staff_other_unit', '430212']
		]);
	});
});

describe('view exports bind in the browser engine and keep the view rows', () => {
	it('compare, overview, trends and profile', async () => {
		const m = metricById('spend_per_staff');
		const compare = await seed.db.query<{ bureau_id: string; value: number; source_files: string }>(metricExportSql(m, { ...NO_FILTER, year: 2023 }));
		expect(compare[0]).toMatchObject({ bureau_id: '430400', source_files: 'hengyang-city-2023-performance.txt' });
		const overview = await seed.db.query<Record<string, unknown>>(overviewExportSql(null));
		expect(overview).toHaveLength(8);
		expect(Object.keys(overview[0]!)).not.toContain('sources');
		const trend = await seed.db.query<{ fiscal_year: number; value: number }>(trendExportSql(metricById('spend_total'), ['430412']));
		expect(trend.map((r) => [r.fiscal_year, r.value])).toEqual([[2020, 172.82], [2021, 204.64]]);
		const facts = await seed.db.query<{ src_text: string }>(profileExportSql('430400'));
		expect(facts).toHaveLength(62);
	});
});
