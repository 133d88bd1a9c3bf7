// The compare page's table as plain data: a view model a row, computed when a page of rows
// arrives. A computed value's inputs are listed by `compareRowInputs` when it is clicked.
import type { MetricDef } from '../metrics/registry.ts';
import type { MetricRow } from '../metrics/query.ts';
import { metricInputs } from '../metrics/inputs.ts';
import { describeSource, type FactSource } from '../metrics/provenance.ts';
import { formatValue } from '../format/metric.ts';
import { levelLabel, t } from '../i18n/strings.ts';
import type { Lang } from '../url/view-state.ts';
import { numberLink, type NumberLink } from './number-cell.ts';
import type { InputsRequest } from './inputs-panel.ts';

export interface CompareRowView {
	rank: number;
	bureau_id: string;
	name: string;
	href: string;
	level: string;
	prefecture: string;
	fiscal_year: number;
	value: NumberLink;
	/** the sentences the value was computed from */
	title: string;
	/** the year and the files the row's values were read from */
	note: string;
}

/** The year and the files a row's values were read from (tables and chart tooltips). */
export function sourceNote(r: MetricRow, lang: Lang): string {
	const files = [...new Set((r.sources ?? []).map((s) => `${s.source_file}${s.report_year !== s.fiscal_year ? (lang === 'en' ? ` (restated in ${s.report_year})` : `（${s.report_year}年报告所列上年数）`) : ''}`))];
	return `${r.fiscal_year}${lang === 'en' ? '' : '年'} · ${t(lang, 'source')}: ${files.join('; ') || '—'}`;
}

export interface CompareTableLinks {
	bureau: (id: string) => string;
	source: (s: FactSource & { report_ref: string }) => string;
}

/** `first`: the rank of the first row (rows of a later page start further down). */
export function compareTableView(rows: MetricRow[], first: number, m: MetricDef, lang: Lang, links: CompareTableLinks): CompareRowView[] {
	return rows.map((r, i) => {
		const prov = metricInputs(m, r);
		return {
			rank: first + i,
			bureau_id: r.bureau_id,
			name: r.name ?? r.bureau_id,
			href: links.bureau(r.bureau_id),
			level: levelLabel(lang, r.level),
			prefecture: r.prefecture ?? '',
			fiscal_year: r.fiscal_year,
			value: numberLink(formatValue(m, r.value, lang), prov, links.source),
			title: prov.inputs.map(describeSource).join('\n'),
			note: sourceNote(r, lang)
		};
	});
}

/** What the inputs panel lists for a row's value. */
export function compareRowInputs(r: MetricRow, m: MetricDef, lang: Lang): InputsRequest {
	const p = metricInputs(m, r);
	return { title: `${r.name ?? r.bureau_id} ${r.fiscal_year} · ${m[lang]}`, value: formatValue(m, r.value, lang), how: m.definition[lang], groups: [{ label: '', sources: p.inputs }], population: p.population };
}
