// Embeds: /embed/<chart>/?metric=…&year=…&title=… renders one chart and nothing else. These
// pure functions read an embed's parameters (unknown or malformed values fall back to the
// defaults, text is kept as text) and write the iframe snippet a chart's "embed" button copies.
import { DEFAULT_VIEW, parseView, viewQuery, type ViewState } from './view-state.ts';
import { parseBureauIds } from '../metrics/trends.ts';

export const EMBED_CHARTS = ['ranking', 'scatter', 'trend', 'map', 'bureau'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

export function isEmbedChart(s: string | undefined): s is EmbedChart {
	return (EMBED_CHARTS as readonly string[]).includes(s ?? '');
}

/** What a chart on the site knows about itself, enough to reproduce it in an embed. */
export interface EmbedSpec {
	chart: EmbedChart;
	view: ViewState;
	/** trend lines: the bureaus drawn */
	bureaus?: string[];
	/** ranking: how many bars */
	top?: number;
	/** bureau: whose spending by year (the profile's composition chart) */
	id?: string | null;
}

export interface EmbedView extends EmbedSpec {
	/** a caption given in the URL, shown as text instead of the generated one */
	title: string | null;
	top: number;
	bureaus: string[];
	dataset: string | null;
	id: string | null;
}

export const DEFAULT_TOP = 20;
const MAX_TITLE = 120;

export function parseEmbed(chart: EmbedChart, params: URLSearchParams): EmbedView {
	const top = Number(params.get('top'));
	// control characters out; everything else is shown as plain text by the page
	const title = (params.get('title') ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, MAX_TITLE);
	const data = params.get('data');
	// a bureau id is only ever compared as a string in SQL (quoted) and shown as text
	const id = (params.get('id') ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 200);
	return {
		chart,
		view: parseView(params),
		title: title || null,
		top: Number.isInteger(top) && top >= 1 && top <= 100 ? top : DEFAULT_TOP,
		bureaus: parseBureauIds(params.get('bureaus')),
		dataset: data === 'synth' || data === 'real' ? data : null,
		id: id || null
	};
}

/** The embed's path and query, relative to the site's base: embed/ranking/?metric=… */
export function embedPath(spec: EmbedSpec, keep: URLSearchParams = new URLSearchParams(), title?: string): string {
	// a bureau's chart depends on the bureau alone (and the language, the dataset)
	const view = spec.chart === 'bureau' ? { ...DEFAULT_VIEW, lang: spec.view.lang } : spec.view;
	const p = new URLSearchParams(viewQuery(view, keep).slice(1));
	if (spec.chart === 'bureau' && spec.id) p.set('id', spec.id);
	if (spec.chart === 'trend' && spec.bureaus?.length) p.set('bureaus', spec.bureaus.join(','));
	if (spec.chart === 'ranking' && spec.top && spec.top !== DEFAULT_TOP) p.set('top', String(spec.top));
	if (title) p.set('title', title);
	const s = p.toString();
	return `embed/${spec.chart}/${s ? `?${s}` : ''}`;
}

const attr = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The snippet to paste into an intranet page or a briefing. */
export function iframeSnippet(url: string, title: string, height = 420): string {
	return `<iframe src="${attr(url)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" style="border:0" loading="lazy"></iframe>`;
}
