// The trends and bureau-profile SQL, run by the browser's own engine (duckdb-wasm's Node build)
// on the seed reports: every metric's trend query binds, values and their sources are those of
// the reports, a restated prior year is told apart, and the profile holds every fact.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS, metricById } from '../../src/lib/metrics/registry.ts';
import {
	defaultTrendBureaus, inputYearsSql, isRestated, missingInputs, parseBureauIds, pointReports, pointRestated,
	trendBureausSql, trendInputs, trendSql, type InputYears, type TrendBureau, type TrendRow
} from '../../src/lib/metrics/trends.ts';
import {
	bureauInfoSql, econBreakdown, groupFacts, profileFactsSql, profileReportsSql, profileValuesSql,
	profileYearsSql, reportYears, valueGrid, type BureauInfo, type ProfileFact, type ProfileReport, type ProfileValue, type YearRow
} from '../../src/lib/metrics/bureau-profile.ts';
import type { QueryClient } from '../../src/lib/db/types.ts';
import { seedDatabase, type SeedDb } from '../support/seed-db.ts';

let seed: SeedDb;
let db: QueryClient;

beforeAll(async () => {
	seed = await seedDatabase('xf-profile-');
	db = seed.db;
}, 120_000);

afterAll(async () => {
	await seed?.close();
});

const SEEDS = ['430212', '430400', '430412', '430527', '431102'];

describe('trends SQL', () => {
	it.each(METRICS.map((m) => [m.id, m]))('%s: trend, bureau list and input years bind and run', async (_, m) => {
		const rows = await db.query<TrendRow>(trendSql(m, SEEDS));
		for (const r of rows) {
			expect(r.value).not.toBeNull();
			// every value names at least one fact of its own year, each with its sentence
			expect((r.inputs ?? []).some((i) => i.fiscal_year === r.fiscal_year)).toBe(true);
			for (const i of r.inputs ?? []) expect(i.src_text.length).toBeGreaterThan(0);
		}
		await expect(db.query(trendBureausSql(m))).resolves.toHaveLength(5);
		await expect(db.query(inputYearsSql(m, SEEDS))).resolves.toBeDefined();
		await expect(db.query(trendSql(m, []))).resolves.toEqual([]);
	});

	it('gives 南岳区 spending for 2020 (restated in the 2021 report) and 2021, and 衡阳市 2023', async () => {
		const rows = await db.query<TrendRow>(trendSql(metricById('spend_total'), ['430412', '430400']));
		expect(rows.map((r) => [r.bureau_id, r.fiscal_year, r.value, pointRestated(r)])).toEqual([
			['430400', 2023, 1780.37, false],
			['430412', 2020, 172.82, true],
			['430412', 2021, 204.64, false]
		]);
		const y2020 = rows[1]!;
		expect(y2020.total_computed).toBe(true);
		expect(y2020.inputs!.map((i) => [i.metric, i.report_year, i.src_text])).toEqual([
			['spend.basic', 2021, '较上年减少9.52万元'],
			['spend.project', 2021, '比上年增加41.34万元']
		]);
		expect(y2020.inputs!.every(isRestated)).toBe(true);
		expect(pointReports(y2020)).toEqual([{ source_file: 'nanyue-district-2021-performance.txt', report_year: 2021, restated: true }]);
		const hy = rows[0]!;
		expect(hy.inputs!.map((i) => [i.metric, i.scope, i.src_text])).toEqual([
			['spend.basic', 'general_public_budget', '基本支出本年支出决算811.64万元'],
			['spend.project', 'general_public_budget', '2023年项目支出968.73万元']
		]);
		for (const i of hy.inputs!) expect(i.source_file).toBe('hengyang-city-2023-performance.txt');
	});

	it('takes a ratio’s inputs in the scope of its total, and last year’s total for a change', async () => {
		const share = await db.query<TrendRow>(trendSql(metricById('project_share'), ['430527']));
		const y2023 = share.find((r) => r.fiscal_year === 2023)!;
		expect(y2023.value).toBeCloseTo(75.47 / 407.3, 12);
		expect(new Set(y2023.inputs!.map((i) => i.scope))).toEqual(new Set(['all_funds']));
		const yoy = await db.query<TrendRow>(trendSql(metricById('total_yoy'), ['430412']));
		expect(yoy.map((r) => r.fiscal_year)).toEqual([2021]);
		expect(yoy[0]!.inputs!.map((i) => i.fiscal_year).sort()).toEqual([2020, 2020, 2021, 2021]);
		expect(pointRestated(yoy[0]!)).toBe(false);
		expect(trendInputs(metricById('spend_per_staff'))).toEqual({ usesTotal: true, usesPrev: false, own: ['staff.actual'] });
		expect(trendInputs(metricById('project_share')).own).toEqual(['spend.project']);
	});

	it('defaults to the bureaus with most years, and says what a bureau without a value lacks', async () => {
		const list = await db.query<TrendBureau>(trendBureausSql(metricById('spend_total')));
		expect(defaultTrendBureaus(list)).toEqual(['430212', '430412', '430527', '430400', '431102']);
		expect(defaultTrendBureaus(list, 2)).toEqual(['430212', '430412']);
		const m = metricById('visits_batches');
		const none = await db.query<TrendRow>(trendSql(m, ['430400']));
		expect(none).toEqual([]);
		const iy = await db.query<InputYears>(inputYearsSql(metricById('spend_per_visit_batch'), ['430400']));
		// 衡阳市 states basic and project, so its total is there; the visits are not
		expect(missingInputs(metricById('spend_per_visit_batch'), iy, '430400')).toEqual({
			has: [{ metric: 'spend.total', years: [2023] }],
			lacks: ['petition.visits.batches']
		});
		const staffOnly = await db.query<InputYears>(inputYearsSql(metricById('spend_per_staff'), ['430212']));
		// 渌口区 states its 2019 total (restated) but staff only for 2020
		expect(missingInputs(metricById('spend_per_staff'), staffOnly, '430212').has).toEqual([
			{ metric: 'spend.total', years: [2019, 2020] },
			{ metric: 'spend.basic', years: [2020] },
			{ metric: 'spend.project', years: [2020] },
			{ metric: 'staff.actual', years: [2020] }
		]);
	});

	it('reads bureau ids from the URL safely', async () => {
		expect(parseBureauIds('430400,430412,430400, ,430400:某某中心')).toEqual(['430400', '430412', '430400:某某中心']);
		expect(parseBureauIds("x'); DROP TABLE facts; --")).toEqual([]);
		expect(parseBureauIds(null)).toEqual([]);
		// a quote inside an id that slipped through is still only a string
		await expect(db.query(trendSql(metricById('spend_total'), ["o'brien"]))).resolves.toEqual([]);
	});
});

describe('bureau profile SQL', () => {
	async function profile(id: string) {
		const [info] = await db.query<BureauInfo>(bureauInfoSql(id));
		const reports = await db.query<ProfileReport>(profileReportsSql(id));
		const keys = reports.map((r) => r.report_key);
		const facts = await db.query<ProfileFact>(profileFactsSql(id, keys));
		const years = await db.query<YearRow>(profileYearsSql(id));
		const values = await db.query<ProfileValue>(profileValuesSql(id, keys));
		return { info, reports, facts, years, values };
	}

	it('names the bureau and its region', async () => {
		const { info, reports } = await profile('430412');
		expect(info).toMatchObject({ bureau_id: '430412', name: '南岳区信访局', level: 'district', prefecture: '衡阳市', province: '湖南省', population: 70370 });
		expect(reports.map((r) => [r.fiscal_year, r.doc_type, r.source_file])).toEqual([[2021, 'performance_self_eval', 'nanyue-district-2021-performance.txt']]);
		expect((await profile('nobody')).info).toBeUndefined();
	});

	it('holds every fact of the bureau, each with its sentence, and the same facts with or without the scan hints', async () => {
		for (const id of SEEDS) {
			const { info, reports, facts } = await profile(id);
			const plain = await db.query<ProfileFact>(profileFactsSql(id, []));
			expect(facts.map((f) => f.fact_key).sort()).toEqual(plain.map((f) => f.fact_key).sort());
			const [all] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM facts WHERE bureau_id = '${id}'`);
			expect(facts).toHaveLength(all!.n);
			expect(info?.region_code).toBe(id);
			expect(new Set(facts.map((f) => f.report_key))).toEqual(new Set(reports.map((r) => r.report_key)));
		}
		const { facts } = await profile('430400');
		const basic = facts.find((f) => f.metric === 'spend.basic' && f.fiscal_year === 2023)!;
		expect(basic).toMatchObject({ value: 811.64, unit: '万元', phase: 'actual', scope: 'general_public_budget', source_file: 'hengyang-city-2023-performance.txt' });
		expect(basic.src_text).toContain('811.64万元');
		expect(basic.src_end).toBeGreaterThan(basic.src_start);
		expect(facts.find((f) => f.metric === 'spend.project' && f.fiscal_year === 2023)!.value).toBe(968.73);
	});

	it('groups facts by year (latest first) and metric (staffing, spending, petitions, performance)', async () => {
		const { facts } = await profile('430412');
		const groups = groupFacts(facts);
		expect(groups.map((g) => [g.year, g.count])).toEqual([[2021, 20], [2020, 5]]);
		const metrics = groups[0]!.metrics.map((m) => m.metric);
		expect(metrics.slice(0, 5)).toEqual(['staff.authorized', 'staff.authorized.administrative', 'staff.authorized.institutional', 'staff.actual', 'staff.retired']);
		expect(metrics.indexOf('spend.basic')).toBeLessThan(metrics.indexOf('petition.total'));
		expect(metrics.indexOf('petition.total')).toBeLessThan(metrics.indexOf('petition.letters'));
		expect(metrics.indexOf('petition.visits.persons')).toBeLessThan(metrics.indexOf('petition.rate.assigned_completion'));
		expect(groups[1]!.metrics.flatMap((m) => m.facts).every((f) => f.phase === 'prior_year' && f.report_year === 2021)).toBe(true);
	});

	it('gives spending by year from bureau_year, and staffing and petitions by the comparison rule', async () => {
		const { years, values } = await profile('430412');
		expect(years.map((y) => [y.fiscal_year, y.basic, y.project, y.total])).toEqual([
			[2020, 121.9, 50.92, 172.82],
			[2021, 112.38, 92.26, 204.64]
		]);
		const staff = valueGrid(values, 'staff.');
		expect(staff.years).toEqual([2021]);
		expect(staff.rows.map((r) => [r.metric, r.cells.get(2021)!.value])).toEqual([
			['staff.authorized', 5], ['staff.authorized.administrative', 4], ['staff.authorized.institutional', 1], ['staff.actual', 5], ['staff.retired', 3]
		]);
		const petitions = valueGrid(values, 'petition.');
		expect(petitions.rows[0]!.metric).toBe('petition.total');
		expect(petitions.rows[0]!.cells.get(2021)).toMatchObject({
			value: 290, unit: '件次', report_year: 2021, source_file: 'nanyue-district-2021-performance.txt', src_text: '2021年全区信访总量为290批（件）次'
		});
		expect(new Set(values.map((v) => v.metric.split('.')[0]))).toEqual(new Set(['staff', 'petition']));
		const hy = await profile('430400');
		expect(valueGrid(hy.values, 'perf.').rows.map((r) => [r.metric, r.cells.get(2023)!.value, r.cells.get(2023)!.unit])).toEqual([['perf.score', 100, '分']]);
	});

	it('breaks 衡阳市 2023 spending down by economic class as its report states it', async () => {
		const { facts, reports } = await profile('430400');
		expect(reportYears(reports)).toEqual([2023]);
		const b = econBreakdown(facts, 2023)!;
		// the one-year query the page makes gives the same breakdown
		const one = await db.query<ProfileFact>(profileFactsSql('430400', reports.map((r) => r.report_key), { metric: 'spend.econ', year: 2023 }));
		expect(econBreakdown(one, 2023)).toEqual(b);
		expect(b.scope).toBe('general_public_budget');
		const v = (part: string, code: string) => b.items.find((i) => i.part === part && i.econ_code === code)?.value;
		expect(v('basic', '301')).toBe(563.5);
		expect(v('basic', '30101')).toBe(154.78);
		expect(v('project', '302')).toBe(817.57);
		expect(new Set(b.items.map((i) => `${i.part}/${i.econ_code}`)).size).toBe(b.items.length);
		expect(econBreakdown(facts, 2019)).toBeNull();
	});
});
