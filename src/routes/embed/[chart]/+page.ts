import { error } from '@sveltejs/kit';
import { EMBED_CHARTS, isEmbedChart } from '$lib/url/embed.ts';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => EMBED_CHARTS.map((chart) => ({ chart }));

export const load: PageLoad = ({ params }) => {
	if (!isEmbedChart(params.chart)) error(404, 'unknown chart');
	return { chart: params.chart };
};
