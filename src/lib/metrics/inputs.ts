// Which facts a metric's value on a bureau_year row was computed from, by the same rules as the
// SQL (registry.ts, bureau-year.ts): the total bureau_year chose (stated, or basic + project),
// a ratio's inputs in the one scope it used, last year's total for a change. Pure: it reads the
// row's `sources`, which hold every comparison fact of the row with its metric, scope and value.
import type { MetricDef } from './registry.ts';
import type { FactSource } from './provenance.ts';

export interface InputRow {
	fiscal_year: number;
	total_scope?: string | null;
	total_computed?: boolean | null;
	total_facts?: number[] | null;
	total_prev_facts?: number[] | null;
	population?: number | null;
	sources?: FactSource[] | null;
	sources_more?: FactSource[] | null;
}

/** Metrics whose inputs are all in bureau_year.sources; the others need sources_more too. */
const CORE = new Set(['spend_per_staff', 'spend_per_10k_residents', 'vacancy_rate', 'spend_total', 'spend_basic', 'spend_project', 'staff_authorized', 'staff_actual']);

export function needsMoreSources(m: MetricDef): boolean {
	return !CORE.has(m.id);
}

export interface Provenance {
	/** a value computed from its inputs (a ratio, a share, a sum), not read as one number */
	computed: boolean;
	inputs: FactSource[];
	/** inputs that are not facts of a report (the census population) */
	population: number | null;
}

const AF = 'all_funds';
const GPB = 'general_public_budget';

export function metricInputs(m: MetricDef, row: InputRow): Provenance {
	const sources = row.sources_more?.length ? [...(row.sources ?? []), ...row.sources_more] : (row.sources ?? []);
	const year = row.fiscal_year;
	const byKey = (keys: (number | null)[] | null | undefined) =>
		(keys ?? []).map((k) => sources.find((s) => s.fact_key === k)).filter((s): s is FactSource => !!s);
	const find = (metric: string, scope?: string | null) =>
		sources.find((s) => s.metric === metric && s.fiscal_year === year && (scope === undefined || (s.scope ?? null) === scope));
	// an amount: all funds where stated, else the general budget
	const amount = (metric: string) => find(metric, AF) ?? find(metric, GPB) ?? find(metric);
	const totalIn = (scope: string) => {
		const stated = find('spend.total', scope);
		if (stated) return [stated];
		const parts = [find('spend.basic', scope), find('spend.project', scope)];
		return parts.every(Boolean) ? (parts as FactSource[]) : [];
	};
	const total = () => byKey(row.total_facts);
	// a share takes numerator and total in one scope: all funds where both are stated so
	const share = (metric: string) => {
		for (const scope of [AF, GPB]) {
			const num = find(metric, scope);
			const den = totalIn(scope);
			if (num && den.length && den.reduce((a, s) => a + (s.value ?? 0), 0) > 0) return [num, ...den];
		}
		return [];
	};
	const one = (s: FactSource | undefined) => (s ? [s] : []);

	let inputs: FactSource[];
	let population: number | null = null;
	switch (m.id) {
		case 'spend_per_staff':
			inputs = [...total(), ...one(find('staff.actual'))];
			break;
		case 'personnel_per_staff':
			inputs = [...one(amount('spend.basic.personnel')), ...one(find('staff.actual'))];
			break;
		case 'spend_per_10k_residents':
			inputs = total();
			population = row.population ?? null;
			break;
		case 'spend_per_petition':
			inputs = [...total(), ...one(find('petition.total'))];
			break;
		case 'spend_per_visit_batch':
			inputs = [...total(), ...one(find('petition.visits.batches'))];
			break;
		case 'project_share':
			inputs = share('spend.project');
			break;
		case 'three_public_share':
			inputs = share('spend.three_public');
			break;
		case 'vacancy_rate':
			inputs = [...one(find('staff.actual')), ...one(find('staff.authorized'))];
			break;
		case 'total_yoy':
			inputs = [...total(), ...byKey(row.total_prev_facts)];
			break;
		case 'spend_total':
			inputs = total();
			break;
		default: {
			// a value read from one fact: the metric it needs, all funds first
			const need = m.needs[0];
			inputs = need ? one(amount(need)) : [];
		}
	}
	inputs = inputs.filter((s, i) => inputs.findIndex((x) => x.fact_key === s.fact_key) === i);
	const computed = m.format === 'ratio' || m.format === 'percent' || (m.id === 'spend_total' && row.total_computed === true) || inputs.length > 1;
	return { computed, inputs, population };
}
