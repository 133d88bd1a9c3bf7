// Facts from flattened tables. The table's title gives its kind and fund scope; a column header
// gives phase and year (2022年决算数, 年初预算数); tableMapping.ts gives the metric. Rows and
// columns with no metric id (carry-over, other funds, 行次, indicator weights and targets) are
// passed over.
import { warn, yearAndPhase, type Context } from './context.ts';
import { makeFact } from './facts.ts';
import { readGrid, type TableRecord } from './grid.ts';
import { GPB_WORDS } from './headings.ts';
import { phaseOf, type Label } from './label.ts';
import { round, toWan } from './numbers.ts';
import { findTables } from './tables.ts';
import { kindOf, mapRecord, newMapCache, type Kind, type Mapped } from './tableMapping.ts';
import type { DocType, Fact, Phase, Scope } from './types.ts';

function colLabel(column: string, docType: DocType | null): Label {
	const y = /([0-9]{4})年/.exec(column);
	let phase: Phase = phaseOf(column);
	if (phase === 'actual' && docType === 'budget' && !/决算|执行/.test(column)) phase = 'budget';
	return { start: 0, raw: column, subject: '', year: y ? Number(y[1]) : null, gpb: false, phase, delta: false, share: false, target: false };
}

export function tableFacts(ctx: Context, docType: DocType | null): Fact[] {
	const out: Fact[] = [];
	const adjusted = ctx.threePublicAdjusted;
	// a cell that ends the text may be cut off (the table's last value, with nothing after it)
	const textEnd = ctx.text.trimEnd().length;
	const cache = newMapCache();
	const columns = new Map<string, Label>();
	for (const table of findTables(ctx.text, ctx.lines)) {
		const kind = kindOf(table.title);
		if (kind === 'skip') continue;
		// one cell a row: no row labels, and a header that cannot be told from the values above it
		if (table.rows.every((r) => r.length < 2)) {
			if (table.rows.some((r) => r.some((c) => /[0-9０-９]/.test(c.text))))
				warn(ctx, 'table_one_column', 'a table of one column: its cells have no row labels, left out', table.start, table.end);
			continue;
		}
		const records = readGrid(table);
		const titleGpb = GPB_WORDS.test(table.title);
		const closed = new Set<number>();
		let lastRowMetric: { row: number; metric: string } | null = null;
		const phaseByCol = new Map<number, Phase>();
		for (const rec of records) {
			const mapped = mapRecord(rec, kind, table, closed, lastRowMetric, phaseByCol, records, cache);
			if (kind === 'summary' && !rec.inline && /^(?:本年)?(?:收入|支出)合计$|^总计$/.test(rec.label)) closed.add(rec.col);
			if (!mapped || rec.token.end >= textEnd) continue;
			if (!mapped.item && !mapped.code) lastRowMetric = { row: rec.row, metric: mapped.metric };
			const fact = toFact(ctx, rec, mapped, kind, titleGpb, docType, adjusted, phaseByCol, columns);
			if (fact) out.push(fact);
		}
	}
	return out;
}

function toFact(
	ctx: Context,
	rec: TableRecord,
	m: Mapped,
	kind: Kind,
	titleGpb: boolean,
	docType: DocType | null,
	adjusted: boolean,
	phaseByCol: Map<number, Phase>,
	columns: Map<string, Label>
): Fact | null {
	const staff = m.metric.startsWith('staff.');
	let value: number | null;
	if (staff) value = rec.unit === '人' && Number.isInteger(rec.token.value) ? rec.token.value : null;
	else value = toWan(rec.token.value, rec.unit);
	if (value === null) return null;
	const column = rec.inline ? '' : rec.column;
	let col = columns.get(column);
	if (!col) columns.set(column, (col = colLabel(column, docType)));
	const yp = yearAndPhase(ctx, col);
	if (!yp) return null;
	let phase = rec.inline ? (phaseByCol.get(rec.col) ?? yp.phase) : yp.phase;
	if (phase === 'budget' && adjusted && kind === 'three_public') phase = 'adjusted_budget';
	const gpb = m.gpb || m.metric === 'income.fiscal' || titleGpb || /一般公共预算财政拨款/.test(rec.column);
	// the department's income total is all funds; a 财政拨款 table's income total is fiscal income
	const metric = m.metric === 'income.total' && gpb ? 'income.fiscal' : m.metric;
	const scope: Scope | null = staff ? null : gpb ? 'general_public_budget' : 'all_funds';
	const labelCell = rec.inline || rec.label === '' ? null : labelStart(ctx.text, rec);
	return makeFact(ctx.text, {
		metric,
		value: staff ? value : round(value, 6),
		unit: staff ? '人' : '万元',
		fiscal_year: yp.fiscal_year,
		phase,
		scope,
		part: m.part ?? null,
		econ_code: m.metric === 'spend.econ' ? (m.code ?? null) : null,
		func_code: m.metric === 'spend.func' ? (m.code ?? null) : null,
		item_label: m.item ?? null,
		src_start: labelCell ?? rec.token.start,
		src_end: rec.token.unitEnd > rec.cell.end ? rec.token.end : rec.token.unitEnd,
		rule: 'table.' + kind
	});
}

/** Where the row label (or code) of a record starts, so the span reads from label to number: its
 * code as written, or its 类 cell when the code is split over 类 | 款 | 项 cells, or its label. */
function labelStart(text: string, rec: TableRecord): number | null {
	const start = rec.token.start;
	const lo = Math.max(0, start - 400);
	for (const key of [rec.code, rec.code?.slice(0, 3), rec.label.slice(0, 4)]) {
		if (!key || start - key.length < lo) continue;
		const at = text.lastIndexOf(key, start - key.length);
		if (at >= lo) return at;
	}
	return null;
}
