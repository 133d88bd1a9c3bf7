// Arithmetic checks over the facts of one scope, year and phase: fixed relations where the whole
// and every part are facts (basic = personnel + public), open lists where the whole and at least
// one item are (an economic class and its items), and one fact stated two ways.
import { PERSONNEL_CLASSES, PUBLIC_CLASSES } from './codes.ts';
import { round } from './numbers.ts';
import type { Check, CheckStatus, Fact } from './types.ts';

const TOLERANCE = 0.05;

interface Group {
	scope: Fact['scope'];
	fiscal_year: number | null;
	phase: Fact['phase'];
	/** A month's or a quarter's figures are checked among themselves, not with the year's. */
	period: Fact['period'];
	facts: Fact[];
	/** The first fact of each metric. */
	byMetric: Map<string, Fact>;
}

/** Facts by scope, year, phase and period, groups in order of first appearance. */
function groups(facts: Fact[]): Group[] {
	const out: Group[] = [];
	for (const f of facts) {
		if (f.value === null || f.scope === null) continue;
		let g = out.find((x) => x.scope === f.scope && x.fiscal_year === f.fiscal_year && x.phase === f.phase && x.period === f.period);
		if (!g) out.push((g = { scope: f.scope, fiscal_year: f.fiscal_year, phase: f.phase, period: f.period, facts: [], byMetric: new Map() }));
		g.facts.push(f);
		if (!g.byMetric.has(f.metric)) g.byMetric.set(f.metric, f);
	}
	return out;
}

function check(g: Group, relation: string, whole: number, parts: number[], open: boolean): Check {
	const actual = round(parts.reduce((a, b) => a + b, 0), 2);
	const diff = round(actual - whole, 2);
	let status: CheckStatus = 'ok';
	if (Math.abs(diff) > TOLERANCE) status = diff < 0 && open ? 'warn' : 'fail';
	const message =
		status === 'ok' ? undefined : diff < 0 ? `the parts fall short of the whole by ${-diff}` : `the parts exceed the whole by ${diff}`;
	return { relation, scope: g.scope, fiscal_year: g.fiscal_year, phase: g.phase, expected: whole, actual, status, ...(message ? { message } : {}) };
}



/** The group's value of a metric, or null. */
const metricValue = (g: Group, m: string): number | null => g.byMetric.get(m)?.value ?? null;

function sumCheck(out: Check[], g: Group, relation: string, whole: string, parts: string[]): void {
	const w = metricValue(g, whole);
	if (w === null) return;
	const ps: number[] = [];
	for (const p of parts) {
		const v = metricValue(g, p);
		if (v === null) return;
		ps.push(v);
	}
	out.push(check(g, relation, w, ps, false));
}

function fixed(g: Group): Check[] {
	const out: Check[] = [];
	sumCheck(out, g, 'basic = personnel + public', 'spend.basic', ['spend.basic.personnel', 'spend.basic.public']);
	sumCheck(out, g, 'total = basic + project', 'spend.total', ['spend.basic', 'spend.project']);
	sumCheck(out, g, 'three_public = reception + vehicle + overseas', 'spend.three_public', [
		'spend.three_public.reception',
		'spend.three_public.vehicle',
		'spend.three_public.overseas'
	]);
	return out;
}

/** Basic spending's two parts and the economic classes that make each up. */
const BASIC_PARTS = [
	['personnel', 'spend.basic.personnel', PERSONNEL_CLASSES],
	['public', 'spend.basic.public', PUBLIC_CLASSES]
] as const;

function econ(g: Group): Check[] {
	const out: Check[] = [];
	// most groups hold no economic items: nothing below would find any
	if (!g.byMetric.has('spend.econ')) return out;
	for (const part of ['basic', 'project'] as const) {
		const econs = g.facts.filter((f) => f.metric === 'spend.econ' && f.part === part && f.econ_code);
		const cls = new Map<string, number>();
		for (const f of econs) if (f.econ_code!.length === 3 && !cls.has(f.econ_code!)) cls.set(f.econ_code!, f.value!);
		const codes = [...cls.keys()].sort();
		const whole = g.byMetric.get(part === 'basic' ? 'spend.basic' : 'spend.project')?.value ?? null;
		if (whole !== null && codes.length > 0)
			out.push(check(g, `${part} = econ ${codes.join(' + ')} (${part})`, whole, codes.map((c) => cls.get(c)!), true));
		if (part === 'basic') {
			for (const [name, metric, set] of BASIC_PARTS) {
				const w = g.byMetric.get(metric)?.value ?? null;
				if (w !== null && set.every((c) => cls.has(c)))
					out.push(check(g, `${name} = econ ${set.join(' + ')} (basic)`, w, set.map((c) => cls.get(c)!), false));
			}
		}
		// items by their class (the first three digits), first statement of each code kept
		const itemsOf = new Map<string, Map<string, number>>();
		for (const f of econs) {
			const code = f.econ_code!;
			if (code.length !== 5) continue;
			const c = code.slice(0, 3);
			let items = itemsOf.get(c);
			if (items === undefined) itemsOf.set(c, (items = new Map()));
			if (!items.has(code)) items.set(code, f.value!);
		}
		for (const c of codes) {
			const items = itemsOf.get(c);
			if (items !== undefined && items.size > 0) out.push(check(g, `econ ${c} = its items (${part})`, cls.get(c)!, [...items.values()], true));
		}
	}
	return out;
}

function projectItems(g: Group): Check[] {
	const whole = g.byMetric.get('spend.project')?.value ?? null;
	if (whole === null) return [];
	const items = new Map<string, number>();
	for (const f of g.facts) if (f.metric === 'spend.project.item' && !items.has(f.item_label!)) items.set(f.item_label!, f.value!);
	return items.size > 0 ? [check(g, 'project = project items', whole, [...items.values()], true)] : [];
}

/** As Array.prototype.join writes a field: null as nothing. */
const field = (x: string | number | null) => (x === null ? '' : x);

/** One fact but for its scope and value. */
const sameFact = (a: Fact, b: Fact) =>
	field(a.fiscal_year) === field(b.fiscal_year) &&
	a.phase === b.phase &&
	field(a.part) === field(b.part) &&
	field(a.econ_code) === field(b.econ_code) &&
	field(a.func_code) === field(b.func_code) &&
	field(a.item_label) === field(b.item_label) &&
	a.period === b.period;

/** Two values for one key, or a general_public_budget value above the all_funds one. */
function twoWays(facts: Fact[]): Check[] {
	const out: Check[] = [];
	// lists of facts with one key (all but scope and value), in order of first appearance
	const lists: Fact[][] = [];
	// by metric, then code or item: keys that are strings as written, not built (a built key is
	// hashed anew for every fact)
	const byMetric = new Map<string, Map<string, Fact[][]>>();
	for (const f of facts) {
		if (f.value === null || f.scope === null || f.derived !== null) continue;
		let byCode = byMetric.get(f.metric);
		if (byCode === undefined) byMetric.set(f.metric, (byCode = new Map()));
		const code = f.econ_code ?? f.func_code ?? f.item_label ?? '';
		let mine = byCode.get(code);
		if (mine === undefined) byCode.set(code, (mine = []));
		const list = mine.find((l) => sameFact(l[0]!, f));
		if (list) list.push(f);
		else {
			mine.push([f]);
			lists.push(mine[mine.length - 1]!);
		}
	}
	for (const list of lists) {
		// one statement of a fact cannot disagree with itself (most lists)
		if (list.length < 2) continue;
		const gpb = list.filter((f) => f.scope === 'general_public_budget');
		const all = list.filter((f) => f.scope === 'all_funds');
		const pairs: [Fact, Fact][] = [];
		for (const s of [gpb, all]) if (s.length > 1) pairs.push([s[0]!, s.find((f) => f.value !== s[0]!.value) ?? s[0]!]);
		if (gpb[0] && all[0] && gpb[0].value! > all[0].value! + 0.005) pairs.push([gpb[0], all[0]]);
		for (const [a, b] of pairs) {
			if (a === b || a.value === b.value && a.scope === b.scope) continue;
			const diff = round(Math.abs(a.value! - b.value!), 2);
			const what = [a.metric, a.item_label, a.econ_code, a.func_code].filter((x) => x).join(' ');
			out.push({
				relation: `same fact stated two ways: ${what} ${a.value} (at ${a.src_start}) vs ${b.value} (at ${b.src_start})`,
				scope: a.scope === b.scope ? a.scope : null,
				fiscal_year: a.fiscal_year,
				phase: a.phase,
				expected: a.value,
				actual: b.value,
				status: diff <= TOLERANCE ? 'warn' : 'fail',
				message: diff <= TOLERANCE ? 'the statements differ by rounding' : 'the report contradicts itself'
			});
		}
	}
	return out;
}

export function runChecks(facts: Fact[]): Check[] {
	const out: Check[] = [];
	for (const g of groups(facts)) out.push(...fixed(g), ...econ(g), ...projectItems(g));
	out.push(...twoWays(facts));
	return out;
}
