// What a table record means: the table's kind from its title, the metric from the row label,
// the code or the column header, and the phase of 自评表 cells written "label：number".
import { econCode, funcClassCode, isEconCode, isFuncCode } from './codes.ts';
import type { TableRecord } from './grid.ts';
import { phaseOf, projectItemName } from './label.ts';
import type { Table } from './tables.ts';
import type { Part, Phase } from './types.ts';

export type Kind = 'three_public' | 'econ' | 'summary' | 'income' | 'spending' | 'generic' | 'skip';

export function kindOf(title: string): Kind {
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
	['income.fiscal', /^(?:一般公共预算(?:财政)?拨款|财政拨款)收入$/],
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
	return /(?:^|\/)(?:本年支出合计|支出合计|小计|合计|(?:本年|上年|[0-9]{4}年度?)?(?:决算数|预算数|金额))$/.test(column);
}

export const OTHER_COLUMN = /政府性基金|国有资本|上级补助|事业收入|经营|附属单位|其他收入|上缴上级|结转|结余/;

export interface Mapped {
	metric: string;
	code?: string;
	part?: Part;
	item?: string;
	gpb?: boolean;
}

/** What a column header says, read once per distinct header of a report. */
interface ColumnInfo {
	other: boolean;
	total: boolean;
	/** The first part of its path names income (收入). */
	incomeHead: boolean;
	income: boolean;
	sumTotal: boolean;
	metric: Map<Kind, string | null>;
}

/** Per-report memory of what headers and row labels say: tables repeat them. */
export interface MapCache {
	columns: Map<string, ColumnInfo>;
	/** The same by table, header and column: no string to hash per record. */
	table: Table | null;
	byPosition: Map<number, ColumnInfo>;
	labels: Map<string, string | null>;
}

export const newMapCache = (): MapCache => ({ columns: new Map(), table: null, byPosition: new Map(), labels: new Map() });

/** The top header of a column's path (before the first '/'). */
function firstPart(column: string): string {
	const slash = column.indexOf('/');
	return slash < 0 ? column : column.slice(0, slash);
}

function columnInfo(cache: MapCache, column: string): ColumnInfo {
	let info = cache.columns.get(column);
	if (!info) {
		info = {
			other: OTHER_COLUMN.test(column),
			total: isTotalColumn(column),
			incomeHead: firstPart(column).includes('收入'),
			income: /收入/.test(column),
			sumTotal: /收入合计|支出合计/.test(column),
			metric: new Map()
		};
		cache.columns.set(column, info);
	}
	return info;
}

function metricOfColumn(info: ColumnInfo, column: string, kind: Kind): string | null {
	let m = info.metric.get(kind);
	if (m === undefined) {
		m = columnMetric(column, kind);
		info.metric.set(kind, m);
	}
	return m;
}

/** The first LABELS entry a row label matches. */
function labelMetric(cache: MapCache, label: string): string | null {
	let m = cache.labels.get(label);
	if (m === undefined) {
		m = null;
		for (const [metric, re] of LABELS)
			if (re.test(label)) {
				m = metric;
				break;
			}
		cache.labels.set(label, m);
	}
	return m;
}

export function mapRecord(
	rec: TableRecord,
	kind: Kind,
	table: Table,
	closed: Set<number>,
	last: { row: number; metric: string } | null,
	phaseByCol: Map<number, Phase>,
	records: TableRecord[],
	cache: MapCache = newMapCache()
): Mapped | null {
	const { label, code, column } = rec;
	if (cache.table !== table) {
		cache.table = table;
		cache.byPosition.clear();
	}
	const position = rec.header * 65536 + rec.col;
	let col = cache.byPosition.get(position);
	if (col === undefined) cache.byPosition.set(position, (col = columnInfo(cache, column)));
	if (col.other) return null;
	if (rec.inline) return mapInline(rec, phaseByCol, records);
	if (closed.has(rec.col)) return null;
	if (code && isFuncCode(code)) {
		if (kind !== 'spending' && kind !== 'summary') return null;
		return col.total ? { metric: 'spend.func', code } : null;
	}
	if (code && isEconCode(code)) {
		if (kind !== 'econ') return null;
		const part = partOf(table);
		return part ? { metric: 'spend.econ', code, part } : null;
	}
	if (label === '') {
		const m = metricOfColumn(col, column, kind);
		return m ? { metric: m } : null;
	}
	if (label === '合计') {
		if (kind === 'income' && !col.income) return null;
		// a 三公 table with its parts as rows: the 合计 row under a 决算数 / 预算数 column is the total
		const m = metricOfColumn(col, column, kind) ?? (kind === 'three_public' && col.total ? 'spend.three_public' : null);
		return m ? { metric: m } : null;
	}
	if (col.incomeHead && /^一般公共预算财政拨款(?:收入)?$/.test(label)) return { metric: 'income.fiscal', gpb: true };
	const metric = labelMetric(cache, label);
	if (metric) {
		if (kind === 'summary' || kind === 'spending' || kind === 'income') {
			if (!col.total && !col.sumTotal) return null;
		}
		return { metric, gpb: metric === 'income.fiscal' };
	}
	const cls = funcClassCode(label);
	if (cls && (kind === 'summary' || kind === 'spending') && !col.incomeHead && col.total) return { metric: 'spend.func', code: cls };
	if (kind === 'generic' && last && last.metric === 'spend.project' && rec.row > last.row && /经费$|经费支出$|资金$/.test(label)) {
		return { metric: 'spend.project.item', item: projectItemName(label) };
	}
	if (kind === 'econ') {
		const ec = econCode(label);
		const part = partOf(table);
		if (ec && part) return { metric: 'spend.econ', code: ec, part };
	}
	return null;
}

const parts = new WeakMap<Table, Part | null>();

function partOf(table: Table): Part | null {
	let part = parts.get(table);
	if (part === undefined) {
		part = /基本支出/.test(table.title) ? 'basic' : /项目支出/.test(table.title) ? 'project' : null;
		parts.set(table, part);
	}
	return part;
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
