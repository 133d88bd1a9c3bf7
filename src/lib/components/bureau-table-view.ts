// The overview's bureau x year table as plain data, one view model a row, computed in one pass
// when a page of rows arrives: what each cell shows, its title (the sentences its value was read
// from) and how its number opens its source. A computed number's inputs are listed by
// `bureauCellInputs` when it is clicked.
import type { TableRow } from '../metrics/bureau-table.ts';
import { describeSource, type FactSource } from '../metrics/provenance.ts';
import { LEVEL_LABEL, SCOPE_LABEL, SCOPE_SHORT } from '../metrics/labels.ts';
import { metricInputs } from '../metrics/inputs.ts';
import { metricById } from '../metrics/registry.ts';
import { count, wan, NO_DATA } from '../format/numbers.ts';
import { numberLink, type NumberLink } from './number-cell.ts';
import type { InputsRequest } from './inputs-panel.ts';

export interface BureauCell {
	col: string;
	/** the number and how it opens its source (link 'fact' | 'inputs'), or plain 无数据 */
	n: NumberLink;
	title: string;
	/** scope the amount was taken in (data-scope) and its short label under the number */
	scope: string | null;
	scopeShort: string | null;
	/** basic + project: no total stated in that scope */
	computed: boolean;
}

export interface BureauRowView {
	bureau_id: string;
	fiscal_year: number;
	name: string;
	href: string;
	level: string;
	prefecture: string;
	cells: BureauCell[];
}

interface Column {
	col: string;
	metric: string;
	label: string;
	value: (r: TableRow) => number | null;
	format: (v: number | null) => string;
	/** the facts the title lists */
	facts: (r: TableRow) => (number | null)[] | null;
	scope?: (r: TableRow) => string | null;
	/** the line above the sources in the title */
	head?: (r: TableRow) => string | null;
	/** how it is computed, for the inputs panel */
	how?: (r: TableRow) => string | undefined;
}

const people = (v: number | null) => count(v);
const isComputed = (r: TableRow) => r.total_computed === true;
const sumOf = (r: TableRow) => `基本支出 + 项目支出（${r.total_scope ? SCOPE_LABEL[r.total_scope] : ''}）`;

const COLUMN_SPECS: Column[] = [
	{ col: 'staff_authorized', metric: 'staff_authorized', label: '编制人数', value: (r) => r.staff_authorized, format: people, facts: (r) => [r.staff_authorized_fact] },
	{ col: 'staff_actual', metric: 'staff_actual', label: '实有人数', value: (r) => r.staff_actual, format: people, facts: (r) => [r.staff_actual_fact] },
	{ col: 'basic', metric: 'spend_basic', label: '基本支出', value: (r) => r.basic, format: wan, facts: (r) => [r.basic_fact], scope: (r) => r.basic_scope },
	{ col: 'project', metric: 'spend_project', label: '项目支出', value: (r) => r.project, format: wan, facts: (r) => [r.project_fact], scope: (r) => r.project_scope },
	{
		col: 'total',
		metric: 'spend_total',
		label: '支出合计',
		value: (r) => r.total,
		format: wan,
		facts: (r) => r.total_facts,
		scope: (r) => r.total_scope,
		head: (r) => (isComputed(r) ? `计算值：${sumOf(r)}` : null),
		how: (r) => (isComputed(r) ? sumOf(r) : undefined)
	},
	{
		col: 'spend_per_staff',
		metric: 'spend_per_staff',
		label: '人均支出（万元/人）',
		value: (r) => r.spend_per_staff,
		format: wan,
		facts: (r) => (r.spend_per_staff === null ? [] : [...(r.total_facts ?? []), r.staff_actual_fact]),
		head: (r) => (r.spend_per_staff === null ? null : `支出合计 ${wan(r.total)} ÷ 实有人数 ${r.staff_actual}`),
		how: () => '支出合计 ÷ 年末实有在职人数'
	}
];
const COLUMNS = COLUMN_SPECS.map((c) => ({ ...c, def: metricById(c.metric) }));
const BY_COL = new Map(COLUMNS.map((c) => [c.col, c]));

const what = (r: TableRow, label: string) => `${r.name ?? r.bureau_id} ${r.fiscal_year} · ${label}`;

export interface BureauTableLinks {
	bureau: (id: string) => string;
	source: (s: FactSource & { report_ref: string }) => string;
}

/** The sentences of the given facts of a row, a line each, for a cell's title. */
function describeFacts(sources: FactSource[], keys: (number | null)[] | null): string {
	let out = '';
	for (const k of keys ?? []) {
		const s = k === null ? undefined : sources.find((x) => x.fact_key === k);
		if (s) out += `${out ? '\n' : ''}${describeSource(s)}`;
	}
	return out;
}

export function bureauTableView(rows: TableRow[], links: BureauTableLinks): BureauRowView[] {
	return rows.map((r) => {
		const sources = r.sources ?? [];
		return {
			bureau_id: r.bureau_id,
			fiscal_year: r.fiscal_year,
			name: r.name ?? r.bureau_id,
			href: links.bureau(r.bureau_id),
			level: r.level ? (LEVEL_LABEL[r.level] ?? '') : NO_DATA,
			prefecture: r.prefecture ?? (r.level === 'prefecture' ? (r.name?.replace(/信访.*$/, '') ?? '') : NO_DATA),
			cells: COLUMNS.map((c): BureauCell => {
				const value = c.value(r);
				const text = c.format(value);
				const scope = c.scope?.(r) ?? null;
				const head = c.head?.(r);
				const lines = describeFacts(sources, c.facts(r));
				return {
					col: c.col,
					n: value === null ? { text, link: null, href: null, corrected: false } : numberLink(text, metricInputs(c.def, r), links.source),
					title: head ? `${head}\n${lines}` : lines,
					scope,
					scopeShort: value !== null && scope ? (SCOPE_SHORT[scope] ?? null) : null,
					computed: c.col === 'total' && isComputed(r)
				};
			})
		};
	});
}

/** What the inputs panel lists for a computed number of the table, built when it is clicked. */
export function bureauCellInputs(r: TableRow, col: string): InputsRequest | null {
	const c = BY_COL.get(col);
	const value = c?.value(r) ?? null;
	if (!c || value === null) return null;
	const prov = metricInputs(c.def, r);
	return { title: what(r, c.label), value: c.format(value), how: c.how?.(r), groups: [{ label: '', sources: prov.inputs }], population: prov.population };
}
