// A bureau's spending composition: basic and project spending stacked by year (from the
// bureau_year rows), and one year's economic classification as a treemap (part -> class ->
// item). Pure option builders, tested without a DOM.
import type { EChartsCoreOption } from './echarts-setup.ts';
import type { BureauYearRow } from '../metrics/bureau-year.ts';
import type { EconBreakdown, EconItem } from '../metrics/bureau-profile.ts';
import { describeSource } from '../metrics/provenance.ts';
import { wan } from '../format/numbers.ts';
import { bt, econLabel, partLabel, scopeLabel } from '../i18n/bureau-strings.ts';
import type { Lang } from '../url/view-state.ts';

const esc = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const WAN = { zh: '万元', en: '10k yuan' };

export const PART_COLORS = { basic: '#3b6ea8', project: '#d08b2c', total: '#9aa4ae' };

type PartRow = Pick<BureauYearRow, 'fiscal_year' | 'basic' | 'basic_scope' | 'project' | 'project_scope' | 'total' | 'total_scope' | 'total_computed'>;

/** Years with basic/project spending, or a total only (shown as one grey bar). */
export function partBarsOption(rows: PartRow[], lang: Lang): EChartsCoreOption {
	const shown = rows.filter((r) => r.basic !== null || r.project !== null || r.total !== null).sort((a, b) => a.fiscal_year - b.fiscal_year);
	const years = shown.map((r) => String(r.fiscal_year));
	const onlyTotal = (r: PartRow) => r.basic === null && r.project === null;
	const totalOnlyName = lang === 'zh' ? '支出合计（未分基本/项目）' : 'Total (no basic/project split)';
	const names = { basic: partLabel(lang, 'basic'), project: partLabel(lang, 'project') };
	return {
		animation: false,
		// (top: room for the legend above the axis name 万元, which would otherwise run into it)
		grid: { left: 8, right: 16, top: 60, bottom: 24, containLabel: true },
		legend: { top: 0 },
		tooltip: {
			trigger: 'axis',
			axisPointer: { type: 'shadow' },
			formatter: (params: { dataIndex: number }[]) => {
				const r = shown[params[0]?.dataIndex ?? 0];
				if (!r) return '';
				const line = (label: string, v: number | null, scope: string | null) =>
					v === null ? '' : `${esc(label)}：<b>${esc(wan(v))}</b> ${WAN[lang]}${scope ? ` <small>${esc(scopeLabel(lang, scope))}</small>` : ''}<br/>`;
				return (
					`<b>${r.fiscal_year}</b><br/>` +
					line(names.basic, r.basic, r.basic_scope) +
					line(names.project, r.project, r.project_scope) +
					line(lang === 'zh' ? '支出合计' : 'Total', r.total, r.total_scope) +
					(r.total_computed ? `<small>${esc(bt(lang, 'common.computed'))}</small>` : '')
				);
			}
		},
		xAxis: { type: 'category', data: years },
		yAxis: { type: 'value', name: WAN[lang], axisLabel: { formatter: (v: number) => wan(v) } },
		series: [
			{ type: 'bar', name: names.basic, stack: 'parts', itemStyle: { color: PART_COLORS.basic }, data: shown.map((r) => r.basic) },
			{ type: 'bar', name: names.project, stack: 'parts', itemStyle: { color: PART_COLORS.project }, data: shown.map((r) => r.project) },
			...(shown.some(onlyTotal)
				? [{ type: 'bar', name: totalOnlyName, stack: 'parts', itemStyle: { color: PART_COLORS.total }, data: shown.map((r) => (onlyTotal(r) ? r.total : null)) }]
				: [])
		]
	};
}

export interface TreeNode {
	name: string;
	value: number;
	/** the fact's sentence, file and range; empty for a computed node */
	source: string;
	children?: TreeNode[];
	itemStyle?: { color: string };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

function classNode(lang: Lang, code: string, stated: EconItem | undefined, items: EconItem[]): TreeNode {
	const children: TreeNode[] = items
		.sort((a, b) => b.value - a.value)
		.map((i) => ({ name: econLabel(lang, i.econ_code), value: i.value, source: describeSource(i.fact) }));
	const itemSum = round2(children.reduce((n, c) => n + c.value, 0));
	const value = stated ? stated.value : itemSum;
	// what the class states beyond its listed items is shown, not dropped
	if (stated && children.length > 0 && value - itemSum > 0.005)
		children.push({ name: `${econLabel(lang, code)} · ${bt(lang, 'bureau.remainder')}`, value: round2(value - itemSum), source: '' });
	return {
		name: econLabel(lang, code),
		value,
		source: stated ? describeSource(stated.fact) : '',
		...(children.length ? { children } : {})
	};
}

/** part -> class (301, 302 …) -> item (30101 …); a class with no statement is the sum of its items. */
export function econTree(b: EconBreakdown, lang: Lang): TreeNode[] {
	const parts = new Map<string, EconItem[]>();
	for (const i of b.items) parts.set(i.part ?? '', [...(parts.get(i.part ?? '') ?? []), i]);
	const partName = (p: string) => (p ? partLabel(lang, p) : lang === 'zh' ? '未分基本/项目' : 'Part not stated');
	return [...parts.entries()]
		.sort(([a], [b]) => (a === 'basic' ? -1 : b === 'basic' ? 1 : a.localeCompare(b)))
		.map(([part, items]) => {
			const classes = new Map<string, { stated?: EconItem; items: EconItem[] }>();
			for (const i of items) {
				const cls = i.econ_code.slice(0, 3);
				const entry = classes.get(cls) ?? { items: [] };
				if (i.econ_code.length === 3) entry.stated = i;
				else entry.items.push(i);
				classes.set(cls, entry);
			}
			const children = [...classes.entries()]
				.map(([code, c]) => classNode(lang, code, c.stated, c.items))
				.filter((n) => n.value > 0)
				.sort((a, b) => b.value - a.value);
			const color = part === 'basic' ? PART_COLORS.basic : part === 'project' ? PART_COLORS.project : PART_COLORS.total;
			return { name: partName(part), value: round2(children.reduce((n, c) => n + c.value, 0)), source: '', children, itemStyle: { color } };
		})
		.filter((p) => p.value > 0);
}

export function econTreemapOption(b: EconBreakdown, lang: Lang): EChartsCoreOption {
	const tree = econTree(b, lang);
	const total = tree.reduce((n, p) => n + p.value, 0);
	return {
		animation: false,
		tooltip: {
			formatter: (p: { name: string; value: number; data: TreeNode; treePathInfo?: { name: string }[] }) => {
				const path = (p.treePathInfo ?? []).slice(1).map((x) => x.name).join(' / ') || p.name;
				const share = total > 0 ? ` · ${((p.value / total) * 100).toFixed(1)}%` : '';
				const src = p.data?.source ? `<br/><small>${esc(p.data.source)}</small>` : '';
				return `${esc(path)}<br/><b>${esc(wan(p.value))}</b> ${WAN[lang]}${share}${src}`;
			}
		},
		series: [
			{
				type: 'treemap',
				name: `${b.year} · ${scopeLabel(lang, b.scope)}`,
				roam: false,
				nodeClick: false,
				breadcrumb: { show: false },
				top: 8,
				left: 8,
				right: 8,
				bottom: 8,
				label: { show: true, formatter: (p: { name: string; value: number }) => `${p.name}\n${wan(p.value)}` },
				upperLabel: { show: true, height: 22, color: '#fff' },
				levels: [
					{ itemStyle: { borderColor: '#fff', borderWidth: 3, gapWidth: 3 } },
					{ colorSaturation: [0.3, 0.7], itemStyle: { borderColorSaturation: 0.7, gapWidth: 2, borderWidth: 2 } },
					{ colorSaturation: [0.25, 0.6], itemStyle: { borderColorSaturation: 0.6, gapWidth: 1, borderWidth: 1 } }
				],
				data: tree
			}
		]
	};
}
