// The inputs of the landing page's aggregate numbers: the sum of totals lists each bureau's
// total with its facts; the median of spending per staff lists every bureau's value with its
// facts, the middle one(s) marked. Rows come from the same view the KPI is computed over.
import { viewRowsSql } from './landing.ts';
import { metricInputs } from './inputs.ts';
import { metricById } from './registry.ts';
import type { FactSource } from './provenance.ts';

export interface KpiRow {
	bureau_id: string;
	name: string | null;
	fiscal_year: number;
	total: number;
	total_computed: boolean | null;
	total_facts: number[] | null;
	spend_per_staff: number;
	sources: FactSource[] | null;
}

export interface KpiGroup {
	label: string;
	value: number;
	sources: FactSource[];
	marked: boolean;
}

export function kpiRowsSql(year: number | null): string {
	return `SELECT bureau_id, name, fiscal_year, total, total_computed, total_facts, spend_per_staff, sources
	FROM (${viewRowsSql(year)}) ORDER BY bureau_id`;
}

const label = (r: KpiRow) => `${r.name ?? r.bureau_id} ${r.fiscal_year}`;

export function sumGroups(rows: KpiRow[]): KpiGroup[] {
	const m = metricById('spend_total');
	return [...rows]
		.sort((a, b) => b.total - a.total)
		.map((r) => ({ label: label(r), value: r.total, sources: metricInputs(m, r).inputs, marked: false }));
}

export function medianGroups(rows: KpiRow[]): KpiGroup[] {
	const m = metricById('spend_per_staff');
	const sorted = [...rows].sort((a, b) => a.spend_per_staff - b.spend_per_staff || (a.bureau_id < b.bureau_id ? -1 : 1));
	const n = sorted.length;
	const middle = new Set(n % 2 ? [(n - 1) / 2] : [n / 2 - 1, n / 2]);
	return sorted.map((r, i) => ({ label: label(r), value: r.spend_per_staff, sources: metricInputs(m, r).inputs, marked: middle.has(i) }));
}
