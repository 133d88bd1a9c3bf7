import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/lib/extract/extract.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('extractReport', () => {
	it('reports an empty text and a text with no numbers as errors', () => {
		expect(extractReport('  \n').errors[0]!.code).toBe('empty');
		expect(extractReport('株洲市渌口区信访局部门决算').errors[0]!.code).toBe('no_numbers');
	});

	it('reports a text that is not a report', () => {
		expect(extractReport('{"name": "x", "version": "1.0.2"}').errors[0]!.code).toBe('not_a_report');
	});

	it('keeps facts when warning', () => {
		const r = extractReport('鼓楼区信访局2022年部门决算\n2022年基本支出100万元。\n');
		expect(r.errors).toEqual([]);
		expect(r.warnings.map((w) => w.code)).toContain('region_ambiguous');
		expect(r.facts.map((f) => f.metric)).toEqual(['spend.basic']);
	});
});

describe('the extract CLI', () => {
	const dir = mkdtempSync(join(tmpdir(), 'extract-'));
	const gb = join(dir, 'gb.txt');
	// 信访局 2021年基本支出5万元 in GB18030, CRLF line ends
	writeFileSync(gb, Buffer.from('c4cfd4c0c7f8d0c5b7c3bed60d0a32303231c4eabbf9b1bed6a7b3f635cdf2d4aaa1a30d0a', 'hex'));

	it('prints one line per file in input order and exits 1 when a file had errors', () => {
		const files = [join(ROOT, 'data/raw/nanyue-district-2021-performance.txt'), join(dir, 'missing.txt'), gb];
		const run = spawnSync('npx', ['tsx', 'scripts/extract.ts', ...files], { cwd: ROOT, encoding: 'utf8' });
		expect(run.status).toBe(1);
		const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
		expect(lines.map((l) => l.file)).toEqual(files);
		expect(lines[0].report.bureau_name).toBe('南岳区信访局');
		expect(Object.keys(lines[0])).toEqual(['file', 'report', 'facts', 'checks', 'warnings', 'errors']);
		expect(lines[1].errors[0].code).toBe('unreadable');
		expect(lines[1].facts).toEqual([]);
		expect(lines[2].report.bureau_name).toBe('南岳区信访局');
		expect(lines[2].facts[0]).toMatchObject({ metric: 'spend.basic', value: 5, src_text: '2021年基本支出5万元' });
	}, 60_000);

	it('exits 0 when every file was read', () => {
		const out = execFileSync('npx', ['tsx', 'scripts/extract.ts', gb], { cwd: ROOT, encoding: 'utf8' });
		expect(out.trim().split('\n')).toHaveLength(1);
	}, 60_000);
});
