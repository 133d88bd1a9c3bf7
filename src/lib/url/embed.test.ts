import { describe, expect, it } from 'vitest';
import { embedPath, iframeSnippet, parseEmbed } from './embed.ts';
import { DEFAULT_VIEW } from './view-state.ts';

describe('parseEmbed', () => {
	it('reads the view, top, bureaus and a title kept as text', () => {
		const e = parseEmbed('ranking', new URLSearchParams('metric=project_share&year=2023&level=county&top=5&title=<script>alert(1)</script>&lang=en'));
		expect(e.view.metric).toBe('project_share');
		expect(e.view.year).toBe(2023);
		expect(e.view.level).toBe('county');
		expect(e.view.lang).toBe('en');
		expect(e.top).toBe(5);
		expect(e.title).toBe('<script>alert(1)</script>');
	});

	it('falls back to defaults for values it does not know', () => {
		const e = parseEmbed('trend', new URLSearchParams('metric=nope&top=1e9&province=javascript:alert(1)&data=http://evil'));
		expect(e.view.metric).toBe(DEFAULT_VIEW.metric);
		expect(e.view.province).toBeNull();
		expect(e.top).toBe(20);
		expect(e.dataset).toBeNull();
		expect(e.title).toBeNull();
	});

	it('drops control characters and long titles', () => {
		expect(parseEmbed('ranking', new URLSearchParams({ title: 'a\nb' })).title).toBe('a b');
		expect(parseEmbed('ranking', new URLSearchParams({ title: 'x'.repeat(500) })).title).toHaveLength(120);
	});

	it('reads a bureau id as text and writes map and bureau paths', () => {
		expect(parseEmbed('bureau', new URLSearchParams({ id: ' 430400\n' })).id).toBe('430400');
		expect(parseEmbed('bureau', new URLSearchParams()).id).toBeNull();
		const view = { ...DEFAULT_VIEW, metric: 'spend_total', year: 2023, province: '430000', level: 'county' };
		expect(embedPath({ chart: 'map', view })).toBe('embed/map/?metric=spend_total&year=2023&province=430000&level=county');
		// a bureau's chart depends on the bureau alone: the view's filters are not carried
		expect(embedPath({ chart: 'bureau', view: { ...view, lang: 'en' }, id: '430400' })).toBe('embed/bureau/?lang=en&id=430400');
	});
});

describe('embedPath and iframeSnippet', () => {
	it('writes the view, keeping the dataset, and reads back the same', () => {
		const view = { ...DEFAULT_VIEW, metric: 'spend_total', year: 2023, province: '430000' };
		const path = embedPath({ chart: 'ranking', view, top: 10 }, new URLSearchParams('data=synth&foo=1'), '湖南 2023');
		expect(path).toBe('embed/ranking/?data=synth&metric=spend_total&year=2023&province=430000&top=10&title=%E6%B9%96%E5%8D%97+2023');
		const back = parseEmbed('ranking', new URL(`http://x/${path}`).searchParams);
		expect(back.view).toEqual(view);
		expect(back.top).toBe(10);
		expect(back.dataset).toBe('synth');
	});

	it('lists the bureaus of a trend', () => {
		expect(embedPath({ chart: 'trend', view: DEFAULT_VIEW, bureaus: ['430400', '430412'] })).toBe('embed/trend/?bureaus=430400%2C430412');
	});

	it('escapes the snippet attributes', () => {
		expect(iframeSnippet('http://h/embed/ranking/?a=1&title="x"', '人均<支出>')).toBe(
			'<iframe src="http://h/embed/ranking/?a=1&amp;title=&quot;x&quot;" title="人均&lt;支出&gt;" width="100%" height="420" style="border:0" loading="lazy"></iframe>'
		);
	});
});
