// The PDF layout on hand-made pages: pieces of text and ruling lines in, report text out.
import { describe, expect, it } from 'vitest';
import type { Piece, Rule } from '../../../src/lib/extract/formats/pdfGeometry.ts';
import { pageLines } from '../../../src/lib/extract/formats/pdfLines.ts';
import { firstWordWidth, linesToText } from '../../../src/lib/extract/formats/pdfParagraphs.ts';
import { rulesFromOperators, type DrawOps } from '../../../src/lib/extract/formats/pdfRules.ts';

const SIZE = 10;
const width = (s: string) => [...s].reduce((w, c) => w + (/[\u3000-\u9FFF\uFF00-\uFFEF]/.test(c) ? SIZE : SIZE / 2), 0);
const piece = (str: string, x: number, y: number): Piece => ({ str, x, y, w: width(str), size: SIZE });
const h = (y: number, x0: number, x1: number): Rule => ({ x0, x1, y0: y, y1: y });
const v = (x: number, y0: number, y1: number): Rule => ({ x0: x, x1: x, y0, y1 });

/** A ruled grid: rows between ys (falling), columns between xs. */
function ruled(ys: number[], xs: number[]): Rule[] {
	return [...ys.map((y) => h(y, xs[0]!, xs[xs.length - 1]!)), ...xs.map((x) => v(x, ys[ys.length - 1]!, ys[0]!))];
}

const text = (pieces: Piece[], rules: Rule[] = [], pageWidth = 300) => linesToText(pageLines({ width: pageWidth, pieces, rules }, 1));

describe('ruled tables', () => {
	it('give a line per row, cells between tabs, empty cells in their columns', () => {
		const rules = ruled([700, 680, 660, 640], [50, 200, 300, 400]);
		const pieces = [
			piece('项目', 55, 686), piece('决算数', 205, 686), piece('预算数', 305, 686),
			piece('基本支出', 55, 666), piece('112.38', 305, 666),
			piece('合计', 55, 646)
		];
		expect(text(pieces, rules)).toBe('项目\t决算数\t预算数\n基本支出\t\t112.38\n合计\t\t');
	});

	it("keep a cell's wrapped lines in the cell, not in a row of their own", () => {
		const rules = ruled([700, 670, 650], [50, 200, 300]);
		const pieces = [piece('楼堂馆所控制情况', 55, 688), piece('（2023年完工项目）', 55, 676), piece('批复规模', 205, 682), piece('公用经费', 55, 656), piece('21.3', 205, 656)];
		expect(text(pieces, rules)).toBe('楼堂馆所控制情况（2023年完工项目）\t批复规模\n公用经费\t21.3');
	});

	it('are not made of a lone frame round a paragraph', () => {
		expect(text([piece('说明：无', 55, 686)], ruled([700, 680], [50, 400]))).toBe('说明：无');
	});

	it('are not made of a frame round the page with a rule under its heading', () => {
		const rules = ruled([800, 760, 40], [30, 270]);
		const body = Array.from({ length: 15 }, (_, i) => piece(`第${i + 1}行。`, 50, 740 - 15 * i));
		const got = text([piece('信访局文件', 50, 775), ...body], rules);
		expect(got.split('\n')).toEqual(['信访局文件', '', ...body.map((p) => p.str)]);
	});
});

describe('lines without rules', () => {
	it('get a space for a narrow gap and a tab for a wide one', () => {
		expect(text([piece('2020', 50, 700), piece('年', 74, 700), piece('单位：万元', 300, 700)])).toBe('2020 年\t单位：万元');
	});
});

describe('wrapped lines', () => {
	// a 20-character measure: text from x 50 to 250 on a page 300 wide
	const para = (lines: [string, number][], x = 50) => lines.map(([s, y]) => piece(s, x, y));

	it('are joined when the next word would not have fitted', () => {
		const pieces = para([['二、一般公共预算支出情况', 700], ['2021年基本支出共计331.83万元，其中人员经', 685], ['费160.08万元。', 670]]);
		expect(text(pieces)).toBe('二、一般公共预算支出情况\n2021年基本支出共计331.83万元，其中人员经费160.08万元。');
	});

	it('are not joined when the line ended early, the next is indented or set apart', () => {
		const full = '一二三四五六七八九十一二三四五六七八九十';
		expect(text(para([[full, 700], ['短行。', 685], ['下一段。', 670]]))).toBe(`${full}短行。\n下一段。`);
		expect(text([piece(full, 50, 700), piece('首行缩进的下一段。', 70, 685)])).toBe(`${full}\n首行缩进的下一段。`);
		expect(text(para([[full, 700], ['接着的一行', 685], [full, 665], ['段落间距之后', 647]]))).toBe(`${full}接着的一行\n${full}\n段落间距之后`);
	});

	it('run on across a page break', () => {
		const full = '一二三四五六七八九十一二三四五六七八九十';
		const lines = [...pageLines({ width: 300, pieces: [piece(full, 50, 100)], rules: [] }, 1), ...pageLines({ width: 300, pieces: [piece('续完。', 50, 780), piece(full, 50, 765)], rules: [] }, 2)];
		expect(linesToText(lines)).toBe(`${full}续完。\n${full}`);
	});

	it('leave a blank line where the page leaves one', () => {
		expect(text(para([['第一部分', 700], ['概况', 670], ['一、部门职责', 655], ['二、机构设置', 640]]))).toBe('第一部分\n\n概况\n一、部门职责\n二、机构设置');
	});

	it('take no space between two Chinese characters that justification set apart', () => {
		const pieces = [piece('2020 年 度 机 关', 50, 700), piece('运', 130, 700), piece('行', 143, 700)];
		expect(text(pieces)).toBe('2020 年度机关运行');
	});

	it('measure the right margin on lines that do not end in hanging punctuation', () => {
		const full = '一二三四五六七八九十一二三四五六七八九十';
		const pieces = para([['一二三四五六七八九十一二三四五六七八九“十”', 700], [full, 685], ['续。', 670]]);
		expect(text(pieces)).toBe(`一二三四五六七八九十一二三四五六七八九“十”${full}续。`);
	});

	it('are never rows of a table without rules', () => {
		const label = '一二三四五六七八九十一二三四五六七';
		const pieces = [piece(label, 50, 700), piece('1', 245, 700), piece('合计', 50, 685), piece('2', 245, 685)];
		expect(text(pieces)).toBe(`${label}\t1\n合计\t2`);
	});

	it('carry an opening quote and closing punctuation with the first word', () => {
		expect(firstWordWidth('“三无”单位', 10)).toBe(20);
		expect(firstWordWidth('14.8%。主要', 10)).toBeCloseTo(4 * 5.5 + 5.5 + 10);
		expect(firstWordWidth('费支出', 10)).toBe(10);
	});
});

describe('rulesFromOperators', () => {
	const OPS: DrawOps = {
		save: 10, restore: 11, transform: 12, constructPath: 91, paintFormXObjectBegin: 74, paintFormXObjectEnd: 75,
		stroke: 20, closeStroke: 21, fill: 22, eoFill: 23, fillStroke: 24, eoFillStroke: 25, closeFillStroke: 26, closeEOFillStroke: 27, endPath: 28
	};
	const rect = (x: number, y: number, w: number, hgt: number) => new Float32Array([0, x, y, 1, x + w, y, 1, x + w, y + hgt, 1, x, y + hgt, 4]);

	it('reads thin filled rectangles and stroked edges in page space, not clips or areas', () => {
		const fn = [OPS.save, OPS.transform, OPS.constructPath, OPS.constructPath, OPS.constructPath, OPS.restore, OPS.constructPath];
		const args = [
			null,
			[2, 0, 0, 2, 10, 20],
			[OPS.fill, [rect(0, 0, 100, 0.5)], null],
			[OPS.endPath, [rect(0, 0, 1, 300)], null],
			[OPS.fill, [rect(0, 0, 50, 50)], null],
			null,
			[OPS.stroke, [rect(0, 0, 30, 10)], null]
		];
		const rules = rulesFromOperators(fn, args, OPS);
		expect(rules).toEqual([
			{ x0: 10, x1: 210, y0: 20.5, y1: 20.5 },
			{ x0: 0, x1: 30, y0: 0, y1: 0 },
			{ x0: 30, x1: 30, y0: 0, y1: 10 },
			{ x0: 0, x1: 30, y0: 10, y1: 10 },
			{ x0: 0, x1: 0, y0: 0, y1: 10 }
		]);
	});
});

describe('merged cells', () => {
	it('give their text to the first of the cells they span, across and down', () => {
		// 收入 spans two columns, centred over them; 财政拨款 spans two rows, centred down them
		const rules = [
			h(700, 50, 350), h(680, 50, 350), h(660, 150, 350), h(640, 50, 350),
			v(50, 640, 700), v(150, 640, 680), v(250, 640, 700), v(350, 640, 700)
		];
		const pieces = [
			piece('收入', 130, 686), piece('支出', 255, 686),
			piece('财政拨款', 55, 656), piece('1', 155, 666), piece('2', 255, 666),
			piece('3', 155, 646), piece('4', 255, 646)
		];
		expect(text(pieces, rules)).toBe('收入\t\t支出\n财政拨款\t1\t2\n\t3\t4');
	});
});
