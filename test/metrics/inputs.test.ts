// The inputs of every metric value on the real seed data: each value names facts of its row,
// a value read from one fact names exactly that fact, and a computed one can be recomputed from
// the inputs it names.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { METRICS, metricById } from '../../src/lib/metrics/registry.ts';
import { metricInputs, type InputRow } from '../../src/lib/metrics/inputs.ts';
import { nativeQuery } from '../support/node-duckdb.ts';

const BY = `read_parquet('${join('static/data', 'bureau_year.parquet')}')`;

async function rows(sql: string) {
	return (await nativeQuery(`SELECT *, (${sql}) AS value FROM ${BY} ORDER BY bureau_id, fiscal_year`)) as unknown as (InputRow & { value: number | null; bureau_id: string })[];
}

const sum = (xs: { value?: number | null }[]) => xs.reduce((a, s) => a + (s.value ?? 0), 0);

describe('metric inputs', () => {
	it('衡阳市信访局 2023 spending per staff: basic 811.64 + project 968.73 (computed total) ÷ 33 staff', async () => {
		const r = (await rows(metricById('spend_per_staff').sql)).find((x) => x.bureau_id === '430400' && x.fiscal_year === 2023)!;
		const p = metricInputs(metricById('spend_per_staff'), r);
		expect(p.computed).toBe(true);
		expect(p.inputs.map((s) => [s.metric, s.value, s.src_text])).toEqual([
			['spend.basic', 811.64, '基本支出本年支出决算811.64万元'],
			['spend.project', 968.73, '2023年项目支出968.73万元'],
			['staff.actual', 33, '年末实有在职人数33人']
		]);
		expect(p.inputs.every((s) => s.report_ref === p.inputs[0]!.report_ref && /^[0-9a-f]{16}$/.test(s.report_ref!))).toBe(true);
	});

	for (const m of METRICS)
		it(`${m.id}: every value names its inputs, and they give the value back`, async () => {
			const all = (await rows(m.sql)).filter((r) => r.value !== null);
			for (const r of all) {
				const p = metricInputs(m, r);
				expect(p.inputs.length, `${r.bureau_id} ${r.fiscal_year}`).toBeGreaterThan(0);
				const keys = new Set([...(r.sources ?? []), ...(r.sources_more ?? [])].map((s) => s.fact_key));
				for (const s of p.inputs) expect(keys.has(s.fact_key)).toBe(true);
				const of = (metric: string) => p.inputs.filter((s) => s.metric === metric);
				const totalOf = (xs: typeof p.inputs) => sum(xs.filter((s) => s.metric === 'spend.total' || s.metric === 'spend.basic' || s.metric === 'spend.project'));
				let again: number | null = null;
				if (!p.computed) {
					expect(p.inputs).toHaveLength(1);
					again = p.inputs[0]!.value ?? null;
				} else if (m.id === 'spend_per_staff') again = totalOf(p.inputs) / sum(of('staff.actual'));
				else if (m.id === 'spend_total') again = totalOf(p.inputs);
				else if (m.id === 'vacancy_rate') again = 1 - sum(of('staff.actual')) / sum(of('staff.authorized'));
				else if (m.id === 'project_share') {
					const project = sum(of('spend.project'));
					again = project / (of('spend.total').length ? sum(of('spend.total')) : sum(of('spend.basic')) + project);
				}
				else if (m.id === 'spend_per_10k_residents') again = (totalOf(p.inputs) / p.population!) * 10000;
				else if (m.id === 'total_yoy') {
					const cur = p.inputs.filter((s) => s.fiscal_year === r.fiscal_year);
					const prev = p.inputs.filter((s) => s.fiscal_year === r.fiscal_year - 1);
					again = totalOf(cur) / totalOf(prev) - 1;
				}
				if (again !== null) expect(again, `${m.id} ${r.bureau_id} ${r.fiscal_year}`).toBeCloseTo(r.value!, 4);
			}
		});
});
