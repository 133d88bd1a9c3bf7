// Facts from flattened tables. The table's title gives its kind and fund scope; a column header
// gives phase and year (2022年决算数, 年初预算数) and, in a 合计 row or a row with no label, the
// metric; a row label or code gives the metric otherwise. Rows and columns with no metric id
// (carry-over, other funds, 行次, indicator weights and targets) are passed over.
import { yearAndPhase, type Context } from './context.ts';
import { econCode, funcClassCode, isEconCode, isFuncCode } from './codes.ts';
import { makeFact } from './facts.ts';
import { readGrid, type TableRecord } from './grid.ts';
import { phaseOf, type Label } from './label.ts';
import { round, toWan } from './numbers.ts';
import { findTables, type Table } from './tables.ts';
import type { DocType, Fact, Part, Phase, Scope } from './types.ts';

type Kind = 'three_public' | 'econ' | 'summary' | 'income' | 'spending' | 'generic' | 'skip';

function kindOf(title: string): Kind {
	if (/绩效目标表|政府性基金|国有资本|社会保险基金/.test(title)) return 'skip';
	if (/三公/.test(title)) return 'three_public';
	if (/(基本|项目)支出.*(决算|预算)(明细)?表/.test(title) && !/功能/.test(title)) return 'econ';
	if (/收入支出/.test(title)) return 'summary';
	if (/收入/.test(title) && !/支出/.test(title)) return 'income';
	if (/支出/.test(title) && /决算表|预算表/.test(title)) return 'spending';
	return 'generic';
}

const LABELS: [string, RegExp][] = [
	['income.total', /^(?:本年)?收入合计$/],
	['income.fiscal', /^(?:一般公共预算)?财政拨款收入$/],
	['spend.total', /^(?:本年)?支出合计$|^年度资金总额$/],
	['spend.basic', /^(?:部门)?基本支出(?:预算调整)?$/],
	['spend.project', /^项目支出$/],
	['spend.basic.personnel', /^人员经费(?:合计)?$/],
	['spend.basic.public', /^(?:日常)?公用经费(?:合计)?$/],
	['spend.three_public', /^[“"]?三公[”"]?经费(?:支出)?(?:合计)?$/],
	['spend.three_public.reception', /^公务接待费?$/],
	['spend.three_public.overseas', /^因公出国[（(]境[）)]费用?$|^出国经费$/],
	['spend.three_public.vehicle', /^公务用车购置(?:及|和)(?:运行)?(?:维护)?(?:经)?费$/],
	['spend.procurement', /^政府采购(?:金额|支出)?$/],
	['spend.operating', /^机关运行经费(?:支出)?$/]
];

function columnMetric(column: string, kind: Kind): string | null {
	const last = column.split('/').pop() ?? '';
	if (kind === 'three_public') {
		const part = last === '小计' ? (column.split('/').slice(-2)[0] ?? '') : last;
		if (/^合计$/.test(part)) return 'spend.three_public';
		if (/因公出国/.test(part)) return 'spend.three_public.overseas';
		if (/公务用车购置及运行/.test(part)) return 'spend.three_public.vehicle';
		if (/公务接待/.test(part)) return 'spend.three_public.reception';
		return null;
	}
	if (/编制数/.test(last)) return 'staff.authorized';
	if (/实际在职人数|实有人数|在职人数/.test(last)) return 'staff.actual';
	if (/基本支出/.test(last)) return 'spend.basic';
	if (/项目支出/.test(last)) return 'spend.project';
	if (/收入合计/.test(last)) return 'income.total';
	if (/财政拨款收入/.test(last)) return 'income.fiscal';
	if (/支出合计|^小计$|^合计$/.test(last)) return 'spend.total';
	return null;
}

/** The column that carries a row's total: 本年支出合计 / 小计 / 合计, or a lone 决算数 / 金额. */
function isTotalColumn(column: string): boolean {
	return /(?:^|\/)(?:本年支出合计|支出合计|小计|合计|决算数|预算数|金额)$/.test(column);
}

const OTHER_COLUMN = /政府性基金|国有资本|上级补助|事业收入|经营|附属单位|其他收入|上缴上级|结转|结余/;

function colLabel(column: string, docType: DocType | null): Label {
	const y = /([0-9]{4})年/.exec(column);
	let phase: Phase = phaseOf(column);
	if (phase === 'actual' && docType === 'budget' && !/决算|执行/.test(column)) phase = 'budget';
	return { start: 0, raw: column, subject: '', year: y ? Number(y[1]) : null, gpb: false, phase, delta: false, share: false };
}

interface Mapped {
	metric: string;
	code?: string;
	part?: Part;
	item?: string;
	gpb?: boolean;
}

export function tableFacts(ctx: Context, docType: DocType | null): Fact[] {
	const out: Fact[] = [];
	const adjusted = /三公[”"]?经费全年预算数|调整后的预算数/.test(ctx.text);
	for (const table of findTables(ctx.text)) {
		const kind = kindOf(table.title);
		if (kind === 'skip') continue;
		const records = readGrid(table);
		const closed = new Set<number>();
		let lastRowMetric: { row: number; metric: string } | null = null;
		const phaseByCol = new Map<number, Phase>();
		for (const rec of records) {
			const mapped = mapRecord(rec, kind, table, closed, lastRowMetric, phaseByCol, records);
			if (!rec.inline && /^(?:本年)?(?:收入|支出)合计$|^总计$/.test(rec.label) && kind === 'summary') closed.add(rec.col);
			if (!mapped) continue;
			if (!mapped.item && !mapped.code) lastRowMetric = { row: rec.row, metric: mapped.metric };
			const fact = toFact(ctx, rec, mapped, kind, table, docType, adjusted, phaseByCol);
			if (fact) out.push(fact);
		}
	}
	return out;
}

function mapRecord(
	rec: TableRecord,
	kind: Kind,
	table: Table,
	closed: Set<number>,
	last: { row: number; metric: string } | null,
	phaseByCol: Map<number, Phase>,
	records: TableRecord[]
): Mapped | null {
	const { label, code, column } = rec;
	if (OTHER_COLUMN.test(column)) return null;
	if (rec.inline) return mapInline(rec, phaseByCol, records);
	if (closed.has(rec.col)) return null;
	if (code && isFuncCode(code)) {
		if (kind !== 'spending' && kind !== 'summary') return null;
		return isTotalColumn(column) ? { metric: 'spend.func', code } : null;
	}
	if (code && isEconCode(code)) {
		if (kind !== 'econ') return null;
		const part: Part | null = /基本支出/.test(table.title) ? 'basic' : /项目支出/.test(table.title) ? 'project' : null;
		return part ? { metric: 'spend.econ', code, part } : null;
	}
	if (label === '') {
		const m = columnMetric(column, kind);
		return m ? { metric: m } : null;
	}
	if (label === '合计') {
		if (kind === 'income' && !/收入/.test(column)) return null;
		const m = columnMetric(column, kind);
		return m ? { metric: m } : null;
	}
	if (/收入/.test(column.split('/')[0] ?? '') && /^一般公共预算财政拨款(?:收入)?$/.test(label)) return { metric: 'income.fiscal', gpb: true };
	for (const [metric, re] of LABELS) if (re.test(label)) {
		if (kind === 'summary' || kind === 'spending' || kind === 'income') {
			if (!isTotalColumn(column) && !/收入合计|支出合计/.test(column)) return null;
		}
		return { metric, gpb: metric === 'income.fiscal' };
	}
	const cls = funcClassCode(label);
	if (cls && (kind === 'summary' || kind === 'spending') && !/收入/.test(column.split('/')[0] ?? '') && isTotalColumn(column))
		return { metric: 'spend.func', code: cls };
	if (kind === 'generic' && last && last.metric === 'spend.project' && rec.row > last.row && /经费$|经费支出$|资金$/.test(label)) {
		return { metric: 'spend.project.item', item: label.replace(/(经费)支出$/, '$1') };
	}
	if (kind === 'econ') {
		const ec = econCode(label);
		const part: Part | null = /基本支出/.test(table.title) ? 'basic' : /项目支出/.test(table.title) ? 'project' : null;
		if (ec && part) return { metric: 'spend.econ', code: ec, part };
	}
	return null;
}

/** 自评表 cells "按收入性质分：269.97" / "其中：一般公共预算：269.97": the head's value names the
 * phase of its column (it equals the 年初预算数 or the 全年执行数 of 年度资金总额). */
function mapInline(rec: TableRecord, phaseByCol: Map<number, Phase>, records: TableRecord[]): Mapped | null {
	if (/^按(?:收入|支出)性质分$/.test(rec.label)) {
		const same = records.filter((r) => !r.inline && r.label === '年度资金总额' && r.token.value === rec.token.value);
		const phases = new Set(same.map((r) => phaseOf(r.column)));
		if (phases.size === 1) phaseByCol.set(rec.col, [...phases][0]!);
		return null;
	}
	if (!phaseByCol.has(rec.col)) return null;
	if (rec.label === '一般公共预算') return { metric: 'spend.total', gpb: true };
	if (rec.label === '基本支出') return { metric: 'spend.basic' };
	if (rec.label === '项目支出') return { metric: 'spend.project' };
	return null;
}

function toFact(
	ctx: Context,
	rec: TableRecord,
	m: Mapped,
	kind: Kind,
	table: Table,
	docType: DocType | null,
	adjusted: boolean,
	phaseByCol: Map<number, Phase>
): Fact | null {
	const staff = m.metric.startsWith('staff.');
	let value: number | null;
	if (staff) value = rec.unit === '人' && Number.isInteger(rec.token.value) ? rec.token.value : null;
	else value = toWan(rec.token.value, rec.unit);
	if (value === null) return null;
	const col = colLabel(rec.inline ? '' : rec.column, docType);
	const yp = yearAndPhase(ctx, col);
	if (!yp) return null;
	let phase = rec.inline ? (phaseByCol.get(rec.col) ?? yp.phase) : yp.phase;
	if (phase === 'budget' && adjusted && kind === 'three_public') phase = 'adjusted_budget';
	const gpb = m.gpb || m.metric === 'income.fiscal' || /一般公共预算|财政拨款/.test(table.title) || /一般公共预算财政拨款/.test(rec.column);
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

/** Where the row label (or code) of a record starts, so the span reads from label to number. */
function labelStart(text: string, rec: TableRecord): number | null {
	const target = rec.code ?? null;
	const rowText = text.slice(Math.max(0, rec.token.start - 400), rec.token.start);
	const key = target ?? rec.label.slice(0, 4);
	const at = rowText.lastIndexOf(key);
	return at < 0 ? null : rec.token.start - rowText.length + at;
}
