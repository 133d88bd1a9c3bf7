import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/lib/extract/extract.ts';
import type { Fact } from '../../src/lib/extract/types.ts';
import { inTable, loadSeeds, type FixtureFact } from './seedFixtures.ts';

const SKELETON = new Set([
	'staff.authorized',
	'staff.actual',
	'staff.retired',
	'spend.total',
	'spend.basic',
	'spend.basic.personnel',
	'spend.basic.public',
	'spend.project'
]);

function same(f: Fact, x: FixtureFact): boolean {
	return (
		f.metric === x.metric &&
		f.value === x.value &&
		f.fiscal_year === x.fiscal_year &&
		f.phase === x.phase &&
		f.scope === x.scope &&
		f.part === x.part &&
		f.econ_code === x.econ_code &&
		f.func_code === x.func_code &&
		f.item_label === x.item_label
	);
}

function covers(text: string, f: Fact, x: FixtureFact): boolean {
	return (
		x.at !== null &&
		f.src_start <= x.at &&
		x.at + x.as_written!.length <= f.src_end &&
		text.slice(f.src_start, f.src_end).includes(x.as_written!)
	);
}

for (const seed of loadSeeds()) {
	describe(`seed ${seed.fixture.file}`, () => {
		const result = extractReport(seed.text);

		it('reads the report fields', () => {
			expect(result.report).toEqual(seed.fixture.report);
			expect(result.errors).toEqual([]);
		});

		const narrative = seed.fixture.facts.filter(
			(x) => SKELETON.has(x.metric) && x.phase === 'actual' && x.derived === null && !inTable(seed.text, x.at!)
		);
		for (const x of narrative) {
			it(`finds ${x.metric} ${x.value} (${x.scope}) at ${x.at}`, () => {
				const hit = result.facts.filter((f) => same(f, x));
				expect(hit.map((f) => f.src_text)).toHaveLength(1);
				expect(covers(seed.text, hit[0]!, x)).toBe(true);
			});
		}

		it('takes no trap as a skeleton fact', () => {
			const fell = seed.fixture.traps.filter((t) =>
				result.facts.some(
					(f) =>
						SKELETON.has(f.metric) &&
						f.value === Number(t.text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))) &&
						f.src_start <= t.at &&
						t.at < f.src_end
				)
			);
			expect(fell).toEqual([]);
		});

		it('gives every fact a span that holds its text', () => {
			for (const f of result.facts) expect(seed.text.slice(f.src_start, f.src_end)).toBe(f.src_text);
		});
	});
}
