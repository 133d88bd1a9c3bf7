// Corrections end to end on the real reports: a misread number corrected in a corrections file
// is the value everywhere (facts, bureau_year, first-view.json), the extracted one is kept with
// who, when and why; the same holds after a second ingest; a correction that matches no fact or
// several is a problem naming the file and line, in the problems table and the summary.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest, summary, type Options } from '../../scripts/ingest/run.ts';
import { nativeQuery } from '../support/node-duckdb.ts';

let dir: string;
let opts: Options;
const pq = (table: string) => `read_parquet('${join(opts.out, `${table}.parquet`)}')`;
const HEADER = 'report,metric,fiscal_year,phase,scope,part,econ_code,func_code,item_label,at,was,value,reason,corrected_by,corrected_on';

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'xf-corrections-'));
	await cp('data/raw', join(dir, 'raw'), { recursive: true });
	const csv = join(dir, 'corrections.csv');
	// as WPS/Excel save it: BOM, CRLF
	await writeFile(
		csv,
		'\uFEFF' +
			[
				HEADER,
				'hengyang-city-2023-performance.txt,staff.actual,2023,actual,,,,,,,33,35,测试：原文在职人数应为35人,测试员,2025-03-01',
				'hengyang-city-2023-performance.txt,staff.actual,2019,,,,,,,,,30,no such year,测试员,2025-03-01',
				'hengyang-city-2023-performance.txt,spend.econ,2023,,,,,,,,,1,too broad,测试员,2025-03-01'
			].join('\r\n') +
			'\r\n'
	);
	opts = { raw: join(dir, 'raw'), out: join(dir, 'data'), census: 'data/reference/census2020_cn_county_prefecture.csv', corrections: csv };
}, 60_000);

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

async function check(result: Awaited<ReturnType<typeof ingest>>) {
	const facts = await nativeQuery(
		`SELECT value, original_value FROM ${pq('facts')} WHERE bureau_id = '430400' AND metric = 'staff.actual' AND fiscal_year = 2023`
	);
	expect(facts).toEqual([{ value: 35, original_value: 33 }]);
	const [by] = await nativeQuery(`SELECT staff_actual, spend_per_staff, sources FROM ${pq('bureau_year')} WHERE bureau_id = '430400' AND fiscal_year = 2023`);
	expect(by!.staff_actual).toBe(35);
	expect(by!.spend_per_staff).toBeCloseTo(1780.37 / 35, 9);
	const src = (by!.sources as Record<string, unknown>[]).find((s) => s.metric === 'staff.actual');
	expect(src).toMatchObject({ value: 35, original_value: 33, correction_reason: '测试：原文在职人数应为35人', corrected_by: '测试员', corrected_on: '2025-03-01', src_text: '年末实有在职人数33人' });
	const firstView = JSON.parse(await readFile(join(opts.out, 'first-view.json'), 'utf8'));
	const hy = firstView.ranking.find((r: { bureau_id: string }) => r.bureau_id === '430400');
	expect(hy.staff_actual).toBe(35);
	expect(hy.spend_per_staff).toBeCloseTo(1780.37 / 35, 9);
	expect(hy.inputs.find((s: { metric: string }) => s.metric === 'staff.actual')).toMatchObject({ value: 35, original_value: 33 });

	const corrections = await nativeQuery(`SELECT line, status, fact_key IS NOT NULL AS has_fact, original_value, value FROM ${pq('corrections')} ORDER BY line`);
	expect(corrections).toEqual([
		{ line: 2, status: 'applied', has_fact: true, original_value: 33, value: 35 },
		{ line: 3, status: 'unmatched', has_fact: false, original_value: null, value: 30 },
		{ line: 4, status: 'ambiguous', has_fact: false, original_value: null, value: 1 }
	]);
	const problems = await nativeQuery(`SELECT source_file, line, code, severity, message FROM ${pq('problems')} WHERE code LIKE 'correction%' ORDER BY line`);
	expect(problems.map((p) => [p.source_file, p.line, p.code, p.severity])).toEqual([
		[opts.corrections, 3, 'correction_unmatched', 'error'],
		[opts.corrections, 4, 'correction_ambiguous', 'error']
	]);
	expect(String(problems[0]!.message)).toContain(`${opts.corrections} 第3行`);
	const text = summary(result, opts);
	expect(text).toContain('corrections: 1 applied, 2 not applied');
	expect(text).toContain(`${opts.corrections} 第3行`);
	expect(text).toContain(`${opts.corrections} 第4行`);
	// the reports themselves did not fail
	expect(text).toContain('reports: 5 ingested, 0 failed');
}

describe('corrections', () => {
	it('are applied, keep the original with who, when and why, and unmatched or ambiguous ones are named by file and line', async () => {
		await check(await ingest(opts));
	});

	it('apply the same way on a second ingest over the same output', async () => {
		await check(await ingest(opts));
	});
});
