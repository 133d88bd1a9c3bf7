// What the compare page reads for a view, shared with the benchmark's floor page so both run the
// same queries: light rows (bureau key, year, value) for the ranking and the table, light pairs
// for the scatter, the summary, then the provenance of the rows the table shows. Bureaus are
// named from bureau_keys, read once per page. A scatter point's sources are read when it is
// opened (pointDetails).
import type { QueryClient } from '../db/types.ts';
import { BUREAU_KEYS_SELECT, type BureauKey } from './metric-values.ts';
import { metricKeyRowsSql, metricPairKeysSql, metricSummarySql, rowDetailsSql, type BureauYearColumns, type MetricPair, type MetricRow, type ViewFilter } from './query.ts';
import { needsMoreSources } from './inputs.ts';
import type { MetricDef } from './registry.ts';

export type BureauKeys = Map<number, BureauKey>;

/** Rows of the compare page's table a page, and the rows read with their provenance on a view
 * change (the ranking's top bars are among them). */
export const COMPARE_PAGE_SIZE = 50;

export async function loadBureauKeys(client: QueryClient): Promise<BureauKeys> {
	return new Map((await client.query<BureauKey>(BUREAU_KEYS_SELECT)).map((k) => [k.bkey, k]));
}

export interface CompareSummary {
	n: number;
	median: number | null;
}

export interface CompareData {
	/** the first `shown` rows, with their provenance */
	rows: MetricRow[];
	/** every bureau's pair, without sources (pointDetails reads them) */
	pairs: MetricPair[];
	summary: CompareSummary | null;
}

/** A row of rowDetailsSql: the provenance columns of a bureau-year. */
type Details = Pick<
	BureauYearColumns,
	'bureau_id' | 'fiscal_year' | 'total_scope' | 'total_computed' | 'total_facts' | 'total_prev_facts' | 'sources' | 'sources_more'
>;

const key = (bureauId: string, year: number) => `${bureauId}/${year}`;

async function details(client: QueryClient, rows: { bureau_id: string; fiscal_year: number }[], more: boolean): Promise<Map<string, Details>> {
	if (rows.length === 0) return new Map();
	return new Map((await client.query<Details>(rowDetailsSql(rows, more))).map((d) => [key(d.bureau_id, d.fiscal_year), d]));
}

const EMPTY = { total_scope: null, total_computed: null, total_facts: null, total_prev_facts: null, sources: null, sources_more: null };

function namer(keys: BureauKeys) {
	return (r: { bkey: number }) => {
		const k = keys.get(r.bkey);
		if (!k) throw new Error(`bureau key ${r.bkey} not in bureau_keys`);
		return k;
	};
}

/** `limit` rows of the view from `offset` on, highest first, named and with their provenance. */
export async function loadCompareRows(client: QueryClient, keys: BureauKeys, m: MetricDef, view: ViewFilter, limit: number, offset = 0): Promise<MetricRow[]> {
	const named = namer(keys);
	const light = await client.query<{ bkey: number; fiscal_year: number; value: number }>(metricKeyRowsSql(m, view, limit, offset));
	const rows = light.map((r) => ({ ...named(r), fiscal_year: r.fiscal_year, value: r.value }));
	const d = await details(client, rows, needsMoreSources(m));
	return rows.map(({ bkey: _, ...r }): MetricRow => ({ ...r, ...EMPTY, ...d.get(key(r.bureau_id, r.fiscal_year)), bureau_id: r.bureau_id, fiscal_year: r.fiscal_year }));
}

export async function loadCompare(client: QueryClient, keys: BureauKeys, m: MetricDef, x: MetricDef, view: ViewFilter, shown: number): Promise<CompareData> {
	const named = namer(keys);
	const [rows, pairs, summary] = await Promise.all([
		loadCompareRows(client, keys, m, view, shown),
		client.query<{ bkey: number; fiscal_year: number; x: number; y: number }>(metricPairKeysSql(x, m, view)),
		client.query<CompareSummary>(metricSummarySql(m, view))
	]);
	return {
		rows,
		pairs: pairs.map((p) => {
			const k = named(p);
			return { bureau_id: k.bureau_id, name: k.name, level: k.level, prefecture: k.prefecture, population: k.population, fiscal_year: p.fiscal_year, x: p.x, y: p.y, ...EMPTY };
		}),
		summary: summary[0] ?? null
	};
}

/** A scatter point with its provenance, read when the point is opened. */
export async function pointDetails(client: QueryClient, p: MetricPair, x: MetricDef, y: MetricDef): Promise<MetricPair> {
	const d = await details(client, [p], needsMoreSources(x) || needsMoreSources(y));
	return { ...p, ...d.get(key(p.bureau_id, p.fiscal_year)) };
}
