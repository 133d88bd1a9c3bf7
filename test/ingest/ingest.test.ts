// Ingest end to end on the real reports plus two bad inputs: the tables are written, read back
// with the expected rows and values (Parquet by native DuckDB, the browser's database file by
// duckdb-wasm), and the bad files are named in `problems` while the rest load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../../scripts/ingest/run.ts';
import { nativeQuery, wasmClient } from '../support/node-duckdb.ts';
import { BUREAU_YEAR_SQL, type BureauYearRow } from '../../src/lib/metrics/bureau-year.ts';
import type { QueryClient } from '../../src/lib/db/types.ts';

let dir: string;
let out: string;
let wasm: QueryClient & { close(): void };
const pq = (table: string) => `read_parquet('${join(out, `${table}.parquet`)}')`;

beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'xf-ingest-'));
	const raw = join(dir, 'raw');
	await cp('data/raw', raw, { recursive: true });
	await writeFile(join(raw, 'zz-empty.txt'), '');
	await writeFile(join(raw, 'zz-notes.xlsx'), 'PK\u0003\u0004 not really a spreadsheet');
	out = join(dir, 'data');
	await ingest({ raw, out, census: 'data/reference/census2020_cn_county_prefecture.csv' });
	wasm = await wasmClient(join(out, 'xinfang.duckdb'));
}, 120_000);

afterAll(async () => {
	wasm?.close();
	await rm(dir, { recursive: true, force: true });
});

describe('ingest', () => {
	it('writes every table as Parquet and CSV, one workbook and one database file, nothing half-written', async () => {
		const files = (await readdir(out)).sort();
		const tables = ['bureau_year', 'bureaus', 'checks', 'corrections', 'facts', 'problems', 'regions', 'report_texts', 'reports'];
		expect(files).toEqual(
			[
				...tables.map((t) => `${t}.csv`),
				'dataset.xlsx',
				'bureau_year.parquet',
				'bureaus.parquet',
				'checks.parquet',
				'corrections.parquet',
				'first-view.json',
				'facts.parquet',
				'manifest.json',
				'problems.parquet',
				'regions.parquet',
				'report_texts.parquet',
				'reports.parquet',
				'xinfang.duckdb'
			].sort()
		);
		const siblings = await readdir(dir);
		expect(siblings.filter((f) => f.includes('.tmp-') || f.includes('.old-'))).toEqual([]);
		const manifest = JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'));
		expect(manifest.counts.reports).toBe(5);
		expect(manifest.database).toBe('xinfang.duckdb');
		expect(Object.keys(manifest.downloads.csv).sort()).toEqual(tables);
		expect(manifest.downloads.xlsx).toEqual({ file: 'dataset.xlsx', sheets: ['README', 'regions', 'bureaus', 'reports', 'facts', 'report_texts', 'checks', 'problems', 'corrections', 'bureau_year'], left_out: [] });
		for (const f of files.filter((f) => f.endsWith('.csv') || f.endsWith('.xlsx'))) expect(manifest.files[f]).toBeGreaterThan(0);
	});

	it('reads five reports and names the bad files with their problem', async () => {
		const reports = await nativeQuery(`SELECT source_file, bureau_id, fiscal_year, doc_type FROM ${pq('reports')} ORDER BY source_file`);
		expect(reports.map((r) => r.source_file)).toEqual([
			'hengyang-city-2023-performance.txt',
			'lingling-district-2024-performance.txt',
			'lukou-district-2020-final-accounts.txt',
			'nanyue-district-2021-performance.txt',
			'suining-county-2023-performance.txt'
		]);
		expect(reports.find((r) => r.source_file === 'hengyang-city-2023-performance.txt')).toMatchObject({ bureau_id: '430400', fiscal_year: 2023, doc_type: 'performance_self_eval' });
		expect(reports.find((r) => r.source_file === 'lukou-district-2020-final-accounts.txt')).toMatchObject({ bureau_id: '430212', fiscal_year: 2020, doc_type: 'final_accounts' });
		const errors = await nativeQuery(`SELECT source_file, code, message FROM ${pq('problems')} WHERE severity = 'error' ORDER BY source_file`);
		expect(errors.map((e) => e.source_file)).toEqual(['zz-empty.txt', 'zz-notes.xlsx']);
		expect(String(errors[1]!.message)).toContain('zz-notes.xlsx');
		expect(String(errors[1]!.message)).toContain('.xlsx');
	});

	it('keeps each fact with its value, scope and source text in the Parquet facts', async () => {
		const rows = await nativeQuery(
			`SELECT f.value, f.scope, f.phase, f.src_text, f.report_id, f.src_start, f.src_end, t.text
			 FROM ${pq('facts')} f JOIN ${pq('report_texts')} t USING (report_id)
			 WHERE f.bureau_id = '430400' AND f.fiscal_year = 2023 AND f.metric = 'spend.basic' AND f.phase = 'actual'`
		);
		expect(rows.length).toBeGreaterThanOrEqual(1);
		const basic = rows[0]!;
		expect(basic.value).toBe(811.64);
		expect(basic.scope).toBe('general_public_budget');
		expect(String(basic.report_id)).toMatch(/^[0-9a-f]{64}$/);
		expect(String(basic.text).slice(Number(basic.src_start), Number(basic.src_end))).toBe(basic.src_text);
		expect(String(basic.src_text)).toContain('811.64');
	});

	it('gives regions their hierarchy and census population', async () => {
		const r = await nativeQuery(`SELECT code, name, level, prefecture_code, province_code, population FROM ${pq('regions')} WHERE code IN ('430212', '430400', '431181')`);
		const byCode = Object.fromEntries(r.map((x) => [x.code, x]));
		expect(byCode['430212']).toMatchObject({ name: '渌口区', level: 'district', prefecture_code: '430200', province_code: '430000', population: 260534 });
		expect(byCode['430400']).toMatchObject({ level: 'prefecture', population: 6645243 });
		// 祁阳 was 431121 (县) in the census; the crosswalk carries its population to 431181
		expect(Number(byCode['431181']!.population)).toBeGreaterThan(700000);
	});

	it('the browser engine (duckdb-wasm, no extensions) attaches the file and computes the table', async () => {
		const rows = await wasm.query<BureauYearRow>(BUREAU_YEAR_SQL);
		const hengyang = rows.find((r) => r.bureau_id === '430400' && r.fiscal_year === 2023)!;
		expect(hengyang).toMatchObject({
			name: '衡阳市信访局',
			level: 'prefecture',
			staff_authorized: 37,
			staff_actual: 33,
			basic: 811.64,
			project: 968.73,
			total: 1780.37,
			total_scope: 'general_public_budget',
			total_computed: true
		});
		expect(hengyang.spend_per_staff).toBeCloseTo((811.64 + 968.73) / 33, 10);
		expect(hengyang.total_facts).toHaveLength(2);
		const lingling = rows.find((r) => r.bureau_id === '431102')!;
		expect(lingling).toMatchObject({ total: 542.49, total_scope: 'all_funds', total_computed: false, basic: 341, basic_scope: 'all_funds', prefecture: '永州市' });
		expect(lingling.spend_per_staff).toBeCloseTo(542.49 / 20, 10);
		const facts = await wasm.query<{ n: number }>('SELECT count(*) AS n FROM facts');
		const native = await nativeQuery(`SELECT count(*) AS n FROM ${pq('facts')}`);
		expect(facts[0]!.n).toBe(Number(native[0]!.n));
	});
});
