import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/lib/extract/checks.ts';
import { makeFact, type FactInput } from '../../src/lib/extract/facts.ts';
import type { Fact } from '../../src/lib/extract/types.ts';

let at = 0;
function fact(metric: string, value: number, more: Partial<FactInput> = {}): Fact {
	at += 10;
	return makeFact('x'.repeat(2000), {
		metric,
		value,
		unit: '万元',
		fiscal_year: 2023,
		phase: 'actual',
		scope: 'general_public_budget',
		src_start: at,
		src_end: at + 5,
		rule: 'test',
		...more
	});
}

const brief = (facts: Fact[]) => runChecks(facts).map((c) => [c.relation, c.status]);

describe('runChecks', () => {
	it('checks fixed relations within 0.05 and fails beyond', () => {
		expect(brief([fact('spend.basic', 331.83), fact('spend.basic.personnel', 160.08), fact('spend.basic.public', 171.78)])).toEqual([
			['basic = personnel + public', 'ok']
		]);
		expect(brief([fact('spend.basic', 331.83), fact('spend.basic.personnel', 160.08), fact('spend.basic.public', 150)])).toEqual([
			['basic = personnel + public', 'fail']
		]);
	});

	it('needs every part of a fixed relation', () => {
		expect(brief([fact('spend.three_public', 0.29), fact('spend.three_public.reception', 0.29)])).toEqual([]);
	});

	it('warns when listed items fall short of their class, fails when they exceed it', () => {
		const econ = (code: string, v: number) => fact('spend.econ', v, { part: 'basic', econ_code: code });
		expect(brief([econ('301', 563.5), econ('30101', 154.78), econ('30102', 82.08)])).toEqual([['econ 301 = its items (basic)', 'warn']]);
		expect(brief([econ('303', 10), econ('30306', 12)])).toEqual([['econ 303 = its items (basic)', 'fail']]);
	});

	it('reports one fact stated two ways, and a narrower scope above the wider', () => {
		const a = fact('spend.project', 75.48);
		const b = fact('spend.project', 75.47, { scope: 'all_funds' });
		expect(runChecks([a, b])).toMatchObject([{ scope: null, status: 'warn', expected: 75.48, actual: 75.47 }]);
		const c = fact('spend.total', 432.32, { phase: 'budget' });
		const d = fact('spend.total', 124.06, { phase: 'budget' });
		expect(runChecks([c, d])).toMatchObject([{ scope: 'general_public_budget', status: 'fail' }]);
	});
});
