import { describe, expect, it } from 'vitest';
import { extractReport } from '../../../src/lib/extract/extract.ts';
import { mapRadicals, normalizeExtracted, RADICAL_SUPPLEMENT } from '../../../src/lib/extract/formats/radicals.ts';

const key = (f: { metric: string; value: number | null; fiscal_year: number | null; phase: string; scope: string | null; part: string | null }) =>
	[f.metric, f.value, f.fiscal_year, f.phase, f.scope, f.part].join('|');

// Kangxi radicals as a PDF's fonts give them back (NFKC folds these)
const KANGXI: Record<string, string> = { 一: '\u2F00', 人: '\u2F08', 工: '\u2F2F', 支: '\u2F40', 用: '\u2F64', 行: '\u2F8F', 金: '\u2FA6', 长: '\u2ED3' };

function asPdfFontsWriteIt(text: string): string {
	const supplement = Object.fromEntries(Object.entries(RADICAL_SUPPLEMENT).map(([r, c]) => [c, r]));
	return [...text].map((c) => KANGXI[c] ?? supplement[c] ?? c).join('');
}

describe('radicals', () => {
	it('maps only CJK Radicals Supplement code points, each to a unified ideograph', () => {
		for (const [radical, char] of Object.entries(RADICAL_SUPPLEMENT)) {
			expect(radical.codePointAt(0)).toBeGreaterThanOrEqual(0x2e80);
			expect(radical.codePointAt(0)).toBeLessThanOrEqual(0x2eff);
			expect(char).toMatch(/^[\u4E00-\u9FFF]$/);
		}
		expect(mapRadicals('部⻔⻓⻅⻋⻢⻛⻜⻝⻚⻄⻩⻰⻘⻤⻥⻬⺠')).toBe('部门长见车马风飞食页西黄龙青鬼鱼齐民');
	});

	it('leaves what has no ideograph of its own as it is', () => {
		expect(mapRadicals('⺅⺡⻌')).toBe('⺅⺡⻌');
	});

	it('folds Kangxi radicals and full-width forms with NFKC, and newlines', () => {
		expect(normalizeExtracted('⼀般公共预算⽀出２８万元\r\n')).toBe('一般公共预算支出28万元\n');
	});

	it('reads the same facts from a sentence written with radicals as from the plain one', () => {
		const plain =
			'南岳区信访局2021年度部门整体支出绩效自评报告\n' +
			'一、部门基本情况\n2021年末，我局共有编制12人，其中行政编制8人。年末实有在职人员11人。\n' +
			'二、一般公共预算支出情况\n2021年基本支出112.38万元，其中人员经费82.2万元，公用经费30.18万元。2021年项目支出92.26万元，其中信访工作长效机制经费24.44万元。\n';
		const radical = asPdfFontsWriteIt(plain);
		expect(radical).not.toBe(plain);
		expect(radical).toMatch(/[\u2F00-\u2FDF]/);
		expect(radical).toMatch(/[\u2E80-\u2EFF]/);
		expect(normalizeExtracted(radical)).toBe(plain.normalize('NFKC'));
		const want = extractReport(plain);
		const got = extractReport(normalizeExtracted(radical));
		expect(want.facts.length).toBeGreaterThan(4);
		expect(got.report).toEqual(want.report);
		expect(got.facts.map(key)).toEqual(want.facts.map(key));
	});
});
