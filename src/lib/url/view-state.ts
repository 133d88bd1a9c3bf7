// The view a URL describes: metric, filters and language. Every page reads and writes its view
// through these two functions, so a copied link reproduces exactly what was on screen.
import { DEFAULT_METRIC, METRIC_BY_ID } from '../metrics/registry.ts';
import type { ViewFilter } from '../metrics/query.ts';

export type Lang = 'zh' | 'en';

export interface ViewState extends ViewFilter {
	metric: string;
	/** second metric (scatter x axis) */
	metric2: string | null;
	lang: Lang;
}

export const DEFAULT_VIEW: ViewState = {
	metric: DEFAULT_METRIC,
	metric2: null,
	year: null,
	province: null,
	prefecture: null,
	level: null,
	peerOf: null,
	lang: 'zh'
};

const CODE = /^\d{6}$/;
const LEVELS = new Set(['prefecture', 'county', 'district']);

export function parseView(params: URLSearchParams): ViewState {
	const metric = params.get('metric');
	const metric2 = params.get('x');
	const year = Number(params.get('year'));
	const province = params.get('province');
	const prefecture = params.get('prefecture');
	const level = params.get('level');
	const peer = params.get('peer');
	return {
		metric: metric && METRIC_BY_ID.has(metric) ? metric : DEFAULT_METRIC,
		metric2: metric2 && METRIC_BY_ID.has(metric2) ? metric2 : null,
		year: Number.isInteger(year) && year > 1900 && year < 2200 ? year : null,
		province: province && CODE.test(province) ? province : null,
		prefecture: prefecture && CODE.test(prefecture) ? prefecture : null,
		level: level && LEVELS.has(level) ? level : null,
		peerOf: peer && /^[\w:\u4e00-\u9fff-]{1,80}$/.test(peer) ? peer : null,
		lang: params.get('lang') === 'en' ? 'en' : 'zh'
	};
}

/** The query string for a view; defaults are left out, other parameters (data=synth) kept. */
export function viewQuery(v: ViewState, keep: URLSearchParams = new URLSearchParams()): string {
	const p = new URLSearchParams();
	const data = keep.get('data');
	if (data) p.set('data', data);
	if (v.metric !== DEFAULT_METRIC) p.set('metric', v.metric);
	if (v.metric2) p.set('x', v.metric2);
	if (v.year !== null) p.set('year', String(v.year));
	if (v.province) p.set('province', v.province);
	if (v.prefecture) p.set('prefecture', v.prefecture);
	if (v.level) p.set('level', v.level);
	if (v.peerOf) p.set('peer', v.peerOf);
	if (v.lang === 'en') p.set('lang', 'en');
	const s = p.toString();
	return s ? `?${s}` : '';
}
