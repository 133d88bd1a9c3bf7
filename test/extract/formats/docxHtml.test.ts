import { describe, expect, it } from 'vitest';
import { docxHtmlToText } from '../../../src/lib/extract/formats/docxHtml.ts';

describe('docxHtmlToText', () => {
	it('gives a line per paragraph, empty paragraphs as blank lines, entities decoded', () => {
		expect(docxHtmlToText('<h1>一、部门基本情况</h1><p></p><p>A &amp; B &lt;1&gt; <strong>2021</strong>年</p>')).toBe(
			'一、部门基本情况\n\nA & B <1> 2021年'
		);
	});

	it('gives a line per table row with its cells between tabs, empty cells kept', () => {
		const html =
			'<p>单位：万元</p><table><tr><td><p>项目</p></td><td><p>决算数</p></td><td></td></tr>' +
			'<tr><td><p>基本支出</p></td><td><p>112.38</p></td><td><p></p></td></tr></table><p>注：无</p>';
		expect(docxHtmlToText(html)).toBe('单位：万元\n项目\t决算数\t\n基本支出\t112.38\t\n注：无');
	});

	it("joins a cell's paragraphs into one line of text, keeping words apart", () => {
		const html = '<table><tr><td><p>楼堂馆所控制情况</p><p>（2023年完工项目）</p></td><td><p>2020</p><p>2021</p></td></tr></table>';
		expect(docxHtmlToText(html)).toBe('楼堂馆所控制情况（2023年完工项目）\t2020 2021');
	});

	it('keeps columns under merged cells', () => {
		const html =
			'<table><tr><th colspan="2"><p>收入</p></th><th><p>支出</p></th></tr>' +
			'<tr><td rowspan="2"><p>财政拨款</p></td><td><p>1</p></td><td><p>2</p></td></tr>' +
			'<tr><td><p>3</p></td><td><p>4</p></td></tr></table>';
		expect(docxHtmlToText(html)).toBe('收入\t\t支出\n财政拨款\t1\t2\n\t3\t4');
	});

	it('flattens a table inside a cell into that cell', () => {
		const html = '<table><tr><td><p>附表</p></td><td><table><tr><td><p>a</p></td><td><p>b</p></td></tr></table></td></tr></table>';
		expect(docxHtmlToText(html)).toBe('附表\ta b');
	});
});
