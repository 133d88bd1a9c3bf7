// The data-quality page's view in the URL: where the coverage matrix is drilled to, which
// metric group it shows, which checks are listed, and the page of each list.
import type { CheckStatus } from '../metrics/quality-checks.ts';
import { GROUP_BY_ID } from '../metrics/quality.ts';
import type { Lang } from './view-state.ts';

export interface QualityView {
	province: string | null;
	prefecture: string | null;
	/** list every bureau instead of aggregating to provinces or prefectures */
	bureaus: boolean;
	/** one metric group, or null for all */
	group: string | null;
	coveragePage: number;
	status: CheckStatus | null;
	checksPage: number;
	problemsPage: number;
	lang: Lang;
}

const CODE = /^\d{6}$/;
const pageOf = (s: string | null) => {
	const n = Number(s);
	return Number.isInteger(n) && n > 1 ? n - 1 : 0;
};

export function parseQualityView(p: URLSearchParams): QualityView {
	const province = p.get('province');
	const prefecture = p.get('prefecture');
	const group = p.get('group');
	const status = p.get('status');
	return {
		province: province && CODE.test(province) ? province : null,
		prefecture: prefecture && CODE.test(prefecture) ? prefecture : null,
		bureaus: p.get('unit') === 'bureau',
		group: group && GROUP_BY_ID.has(group) ? group : null,
		coveragePage: pageOf(p.get('cpage')),
		status: status === 'ok' || status === 'warn' || status === 'fail' ? status : null,
		checksPage: pageOf(p.get('kpage')),
		problemsPage: pageOf(p.get('ppage')),
		lang: p.get('lang') === 'en' ? 'en' : 'zh'
	};
}

/** The query string of a view (pages counted from 1), keeping data=synth. */
export function qualityQuery(v: QualityView, keep: URLSearchParams = new URLSearchParams()): string {
	const p = new URLSearchParams();
	const data = keep.get('data');
	if (data) p.set('data', data);
	if (v.province) p.set('province', v.province);
	if (v.prefecture) p.set('prefecture', v.prefecture);
	if (v.bureaus) p.set('unit', 'bureau');
	if (v.group) p.set('group', v.group);
	if (v.coveragePage > 0) p.set('cpage', String(v.coveragePage + 1));
	if (v.status) p.set('status', v.status);
	if (v.checksPage > 0) p.set('kpage', String(v.checksPage + 1));
	if (v.problemsPage > 0) p.set('ppage', String(v.problemsPage + 1));
	if (v.lang === 'en') p.set('lang', 'en');
	const s = p.toString();
	return s ? `?${s}` : '';
}
