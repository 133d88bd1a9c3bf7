// Building facts and keeping one per key: a fact stated more than once keeps its first statement
// in reading order (the fixtures' convention).
import type { Fact, Phase, Scope } from './types.ts';

export interface FactInput {
	metric: string;
	value: number | null;
	unit: string;
	fiscal_year: number | null;
	phase: Phase;
	scope?: Scope | null;
	part?: Fact['part'];
	econ_code?: string | null;
	func_code?: string | null;
	item_label?: string | null;
	/** A month or quarter ("2024-06", "2024-Q2") when the figure covers one; null for the year. */
	period?: string | null;
	value_text?: string | null;
	derived?: string | null;
	src_start: number;
	src_end: number;
	rule: string;
}

export function makeFact(text: string, f: FactInput): Fact {
	return {
		metric: f.metric,
		value: f.value,
		unit: f.unit,
		fiscal_year: f.fiscal_year,
		phase: f.phase,
		scope: f.scope ?? null,
		part: f.part ?? null,
		econ_code: f.econ_code ?? null,
		func_code: f.func_code ?? null,
		item_label: f.item_label ?? null,
		period: f.period ?? null,
		value_text: f.value_text ?? null,
		derived: f.derived ?? null,
		src_start: f.src_start,
		src_end: f.src_end,
		src_text: text.slice(f.src_start, f.src_end),
		rule: f.rule
	};
}

/** As Array.prototype.join writes a field: null as nothing. */
const field = (x: string | number | null) => (x === null ? '' : x);

export function factKey(f: Fact): string {
	return `${f.metric}|${field(f.value)}|${field(f.value_text)}|${field(f.fiscal_year)}|${f.phase}|${field(f.scope)}|${field(f.part)}|${field(f.econ_code)}|${field(f.func_code)}|${field(f.item_label)}|${field(f.period)}`;
}

/** Same key (factKey) without building it: the fields compared as the key writes them. */
export function sameKey(a: Fact, b: Fact): boolean {
	return (
		field(a.value) === field(b.value) &&
		field(a.value_text) === field(b.value_text) &&
		field(a.fiscal_year) === field(b.fiscal_year) &&
		a.phase === b.phase &&
		field(a.scope) === field(b.scope) &&
		field(a.part) === field(b.part) &&
		field(a.econ_code) === field(b.econ_code) &&
		field(a.func_code) === field(b.func_code) &&
		field(a.item_label) === field(b.item_label) &&
		a.period === b.period
	);
}

/** One fact per key, the earliest statement kept; derived facts rank after stated ones. */
export function dedupe(facts: Fact[]): Fact[] {
	const sorted = [...facts].sort(
		(a, b) => Number(a.derived !== null) - Number(b.derived !== null) || a.src_start - b.src_start
	);
	// kept facts by metric and code or item: each list is short, so a scan of it is cheap
	const kept = new Map<string, Map<string, Fact[]>>();
	const out: Fact[] = [];
	for (const f of sorted) {
		let byCode = kept.get(f.metric);
		if (byCode === undefined) kept.set(f.metric, (byCode = new Map()));
		const code = f.econ_code ?? f.func_code ?? f.item_label ?? '';
		const list = byCode.get(code);
		if (list === undefined) byCode.set(code, [f]);
		else if (list.some((k) => sameKey(k, f))) continue;
		else list.push(f);
		out.push(f);
	}
	return out.sort((a, b) => a.src_start - b.src_start);
}
