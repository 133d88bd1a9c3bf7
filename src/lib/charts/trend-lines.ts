// Trend rows -> the option of a line chart: one line per bureau over consecutive years (a year
// without a value is a gap, never 0), hollow points where the value was restated as 上年 in a
// later report, and a tooltip that gives each value with its unit and the reports it came from.
// Pure, so it is tested without a DOM.
import type { EChartsCoreOption } from './echarts-setup.ts';
import type { MetricDef } from '../metrics/registry.ts';
import { pointReports, pointRestated, type TrendRow } from '../metrics/trends.ts';
import { formatAxis, formatValue, unitOf } from '../format/metric.ts';
import { bt, scopeLabel } from '../i18n/bureau-strings.ts';
import type { Lang } from '../url/view-state.ts';

export interface TrendPoint {
	year: number;
	value: number;
	restated: boolean;
	/** tooltip lines under the value: scope, computed, reports */
	notes: string[];
}

export interface TrendSeries {
	bureau_id: string;
	name: string;
	points: TrendPoint[];
}

const esc = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The value as a tooltip shows it: number and unit. */
export function valueText(m: MetricDef, v: number, lang: Lang): string {
	const text = formatValue(m, v, lang);
	return m.format === 'ratio' ? `${text} ${unitOf(m, lang)}` : text;
}

function reportNote(lang: Lang, r: { source_file: string; report_year: number | null; restated: boolean }, derived: boolean): string {
	if (!r.restated) return lang === 'zh' ? `${r.source_file}（${r.report_year ?? ''}年报告）` : `${r.source_file} (${r.report_year ?? ''} report)`;
	if (lang === 'en')
		return `${r.source_file} (restated as the prior year in the ${r.report_year ?? ''} report${derived ? ', derived from a stated change' : ''})`;
	return `${r.source_file}（${r.report_year ?? ''}年报告所列上年数${derived ? '，由较上年增减推算' : ''}）`;
}

/** One series per bureau, in the order asked; bureaus without a value get no series. */
export function trendSeries(rows: TrendRow[], order: string[], names: Map<string, string>, lang: Lang): TrendSeries[] {
	const by = new Map<string, TrendRow[]>();
	for (const r of rows) by.set(r.bureau_id, [...(by.get(r.bureau_id) ?? []), r]);
	return order
		.filter((id) => by.has(id))
		.map((id) => {
			const list = by.get(id)!.sort((a, b) => a.fiscal_year - b.fiscal_year);
			return {
				bureau_id: id,
				name: names.get(id) ?? list[0]!.name ?? id,
				points: list.map((r) => {
					const notes: string[] = [];
					const usesTotal = (r.inputs ?? []).some((i) => i.fiscal_year === r.fiscal_year && ['spend.total', 'spend.basic', 'spend.project'].includes(i.metric));
					const scopes = [...new Set((r.inputs ?? []).filter((i) => i.fiscal_year === r.fiscal_year && i.scope).map((i) => i.scope!))];
					if (scopes.length) notes.push(scopes.map((s) => scopeLabel(lang, s)).join(' / '));
					if (usesTotal && r.total_computed) notes.push(bt(lang, 'common.computed'));
					const derived = (r.inputs ?? []).some((i) => i.fiscal_year === r.fiscal_year && i.derived !== null);
					for (const rep of pointReports(r)) notes.push(reportNote(lang, rep, derived && rep.restated));
					return { year: r.fiscal_year, value: r.value, restated: pointRestated(r), notes };
				})
			};
		});
}

export function yearRange(series: TrendSeries[]): number[] {
	const ys = series.flatMap((s) => s.points.map((p) => p.year));
	if (ys.length === 0) return [];
	const lo = Math.min(...ys);
	const hi = Math.max(...ys);
	return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

interface AxisParam {
	seriesIndex: number;
	dataIndex: number;
	marker?: string;
}

export function trendLinesOption(series: TrendSeries[], m: MetricDef, lang: Lang): EChartsCoreOption {
	const years = yearRange(series);
	const at = series.map((s) => new Map(s.points.map((p) => [p.year, p])));
	const restatedWord = bt(lang, 'trends.restated');
	return {
		animation: false,
		grid: { left: 8, right: 24, top: 56, bottom: 24, containLabel: true },
		legend: { type: 'scroll', top: 0, data: series.map((s) => s.name) },
		tooltip: {
			trigger: 'axis',
			confine: true,
			formatter: (params: AxisParam | AxisParam[]) => {
				const list = Array.isArray(params) ? params : [params];
				const year = years[list[0]?.dataIndex ?? 0];
				const lines = list.flatMap((p) => {
					const s = series[p.seriesIndex];
					const point = s && year !== undefined ? at[p.seriesIndex]!.get(year) : undefined;
					if (!s || !point) return [];
					const flag = point.restated ? ` <span style="color:#8c1d2c">[${esc(restatedWord)}]</span>` : '';
					return [
						`${p.marker ?? ''}${esc(s.name)}${lang === 'zh' ? '：' : ': '}<b>${esc(valueText(m, point.value, lang))}</b>${flag}` +
							(point.notes.length ? `<br/><small style="margin-left:1.1em">${point.notes.map(esc).join(' · ')}</small>` : '')
					];
				});
				return `<b>${year ?? ''}${lang === 'zh' ? '年' : ''}</b><br/>${lines.join('<br/>')}`;
			}
		},
		xAxis: { type: 'category', data: years.map(String), boundaryGap: false },
		yAxis: {
			type: 'value',
			name: unitOf(m, lang),
			scale: m.format !== 'amount' && m.format !== 'count',
			axisLabel: { formatter: (v: number) => formatAxis(m, v) }
		},
		series: series.map((s, i) => ({
			type: 'line',
			name: s.name,
			id: s.bureau_id,
			connectNulls: false,
			symbol: 'circle',
			symbolSize: 8,
			data: years.map((y) => {
				const p = at[i]!.get(y);
				if (!p) return null;
				return p.restated ? { value: p.value, symbol: 'emptyCircle', symbolSize: 11 } : { value: p.value, symbol: 'circle' };
			})
		}))
	};
}
