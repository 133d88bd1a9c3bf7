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

// Families checked in full against the fixtures: every fixture fact of the family comes out, and
// no fact of the family comes out that the fixture does not list.
const FAMILIES = [/^staff\./, /^spend\./, /^income\./, /^petition\./, /^perf\./];

// Fixture facts the extractor does not produce yet (file, metric, value): shrinks as rules land.
const PENDING: [string, string, number][] = [];

const inFamily = (metric: string) => FAMILIES.some((re) => re.test(metric));

for (const seed of loadSeeds()) {
	describe(`seed ${seed.fixture.file}, full families`, () => {
		const result = extractReport(seed.text);
		const pending = (x: FixtureFact) =>
			PENDING.some(([file, metric, value]) => file === seed.fixture.file && metric === x.metric && value === x.value);

		for (const x of seed.fixture.facts.filter((x) => inFamily(x.metric) && !pending(x))) {
			const name = `${x.metric} ${x.value} ${x.fiscal_year} ${x.phase} ${x.scope} ${x.econ_code ?? x.func_code ?? x.item_label ?? ''}`;
			it(`finds ${name}`, () => {
				const hit = result.facts.filter((f) => same(f, x));
				expect(hit).toHaveLength(1);
				if (x.derived === null) expect(covers(seed.text, hit[0]!, x)).toBe(true);
				else expect(hit[0]!.derived).toBe(x.derived);
			});
		}

		it('gives no family fact the fixture does not list', () => {
			const extra = result.facts
				.filter((f) => inFamily(f.metric) && !seed.fixture.facts.some((x) => same(f, x)))
				.map((f) => `${f.metric} ${f.value} ${f.phase} ${f.scope} at ${f.src_start}`);
			expect(extra).toEqual([]);
		});

		it('takes no trap as a fact', () => {
			const fell = seed.fixture.traps.filter((t) =>
				result.facts.some(
					(f) =>
						f.derived === null &&
						f.value === Number(t.text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))) &&
						f.src_start <= t.at &&
						t.at < f.src_end
				)
			);
			expect(fell).toEqual([]);
		});
	});
}

interface CheckKey {
	relation: string;
	scope: string | null;
	fiscal_year: number;
	phase: string;
}

function relationKey(relation: string): string {
	const m = /^same fact stated two ways: (\S+)/.exec(relation);
	return m ? `same fact: ${m[1]}` : relation;
}

function fixtureCheck(s: string): CheckKey & { text: string } {
	const m = /^(.*) \[(?:(all_funds|general_public_budget), )?(\d{4}) (\w+)\]$/.exec(s);
	if (!m) throw new Error(`unreadable fixture check: ${s}`);
	return { text: s, relation: relationKey(m[1]!), scope: m[2] ?? null, fiscal_year: Number(m[3]), phase: m[4]! };
}

const sameCheck = (a: CheckKey, b: CheckKey) =>
	a.relation === b.relation && a.scope === b.scope && a.fiscal_year === b.fiscal_year && a.phase === b.phase;

// Expected checks whose inputs are not facts yet (file, start of the fixture's check text).
const PENDING_CHECKS: [string, string][] = [];

for (const seed of loadSeeds()) {
	describe(`seed ${seed.fixture.file}, checks`, () => {
		const got: (CheckKey & { status: string })[] = extractReport(seed.text).checks.map((c) => ({
			relation: relationKey(c.relation),
			scope: c.scope,
			fiscal_year: c.fiscal_year ?? 0,
			phase: c.phase,
			status: c.status
		}));
		const pending = (text: string) => PENDING_CHECKS.some(([f, p]) => f === seed.fixture.file && text.startsWith(p));
		const want = seed.fixture.expected_checks.map((c) => ({ ...fixtureCheck(c.check), status: c.status }));

		for (const w of want.filter((w) => !pending(w.text))) {
			it(`reports ${w.text}: ${w.status}`, () => {
				expect(got.filter((g) => sameCheck(g, w)).map((g) => g.status)).toEqual([w.status]);
			});
		}

		it('reports no check the fixture does not expect', () => {
			expect(got.filter((g) => !want.some((w) => sameCheck(g, w)))).toEqual([]);
		});
	});
}
