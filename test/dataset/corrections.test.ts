// The corrections file on its own: parsing as spreadsheets write it, and applying to rows.
import { describe, expect, it } from 'vitest';
import { applyCorrections, parseCorrections } from '../../src/lib/dataset/corrections.ts';
import type { Dataset, Row } from '../../src/lib/dataset/build.ts';

const HEADER = 'report,metric,fiscal_year,phase,scope,part,econ_code,func_code,item_label,at,was,value,reason,corrected_by,corrected_on';

function dataset(facts: Row[]): Dataset {
	return {
		bureaus: [],
		reports: [
			{ report_key: 1, report_id: 'ab12cd34'.padEnd(64, '0'), source_file: 'a.txt' },
			{ report_key: 2, report_id: 'ab12cd99'.padEnd(64, '0'), source_file: 'b.txt' }
		],
		facts,
		fact_sources: [],
		report_texts: [],
		checks: [],
		problems: [],
		corrections: []
	};
}

const fact = (fact_key: number, patch: Row): Row => ({
	fact_key, report_key: 1, metric: 'staff.actual', fiscal_year: 2023, phase: 'actual', scope: null, part: null,
	econ_code: null, func_code: null, item_label: null, value: 33, src_start: 10, src_end: 20, original_value: null, ...patch
});

describe('parseCorrections', () => {
	it('reads UTF-8 with a BOM, a quoted reason over two lines, full-width digits and thousands separators', () => {
		const text = `\uFEFF${HEADER}\r\na.txt,staff.actual,2023,,,,,,,,,"１,234.5","原文为
35人",张三,2025-03-01\r\nb.txt,spend.total,,,,,,,,,,12,r,李四,2025/3/2\r\n,,,,,,,,,,,,,,\r\n`;
		const p = parseCorrections(text);
		expect(p.fileProblem).toBeNull();
		expect(p.invalid).toEqual([]);
		expect(p.corrections.map((c) => [c.line, c.report, c.value, c.reason, c.corrected_on])).toEqual([
			[2, 'a.txt', 1234.5, '原文为\n35人', '2025-03-01'],
			[4, 'b.txt', 12, 'r', '2025/3/2']
		]);
	});

	it('a header with no rows is no correction and no problem', () => {
		expect(parseCorrections(`${HEADER}\n`)).toEqual({ corrections: [], invalid: [], fileProblem: null });
	});

	it('a line without reason, who or a numeric value is invalid, and says which', () => {
		const p = parseCorrections(`${HEADER}\na.txt,staff.actual,2023,,,,,,,,,abc,,张三,2025-03-01\n`);
		expect(p.corrections).toEqual([]);
		expect(p.invalid[0]!.correction.line).toBe(2);
		expect(p.invalid[0]!.message).toContain('reason');
		expect(p.invalid[0]!.message).toContain('value');
	});

	it('a header without the required columns is a problem of the file', () => {
		expect(parseCorrections('report,metric,value\na.txt,x,1\n').fileProblem).toContain('reason');
	});
});

describe('applyCorrections', () => {
	it('replaces the value, keeps the original, and records who, when and why', () => {
		const d = dataset([fact(1, {}), fact(2, { metric: 'staff.authorized', value: 37 })]);
		applyCorrections(d, parseCorrections(`${HEADER}\na.txt,staff.actual,2023,,,,,,,,33,35,原文为35人,张三,2025-03-01\n`), 'data/corrections.csv');
		expect(d.facts[0]).toMatchObject({ value: 35, original_value: 33 });
		expect(d.facts[1]).toMatchObject({ value: 37, original_value: null });
		expect(d.problems).toEqual([]);
		expect(d.corrections[0]).toMatchObject({ status: 'applied', fact_key: 1, original_value: 33, value: 35, reason: '原文为35人', corrected_by: '张三', corrected_on: '2025-03-01', line: 2 });
	});

	it('finds the report by a report_id prefix, and the fact by an offset inside its range', () => {
		const d = dataset([fact(1, { src_start: 10, src_end: 20 }), fact(2, { src_start: 30, src_end: 40 })]);
		applyCorrections(d, parseCorrections(`${HEADER}\nab12cd34,staff.actual,,,,,,,,35,,9,r,w,2025-01-01\n`), 'c.csv');
		expect(d.facts.map((f) => f.value)).toEqual([33, 9]);
	});

	it('no match, several matches, a second correction of one fact and a bad line are problems naming file and line', () => {
		const d = dataset([fact(1, {}), fact(2, { src_start: 30, src_end: 40 })]);
		const csv = [
			HEADER,
			'a.txt,staff.actual,2019,,,,,,,,,1,r,w,d',
			'a.txt,staff.actual,,,,,,,,,,2,r,w,d',
			'a.txt,staff.actual,,,,,,,,12,,3,r,w,d',
			'a.txt,staff.actual,,,,,,,,15,,4,r,w,d',
			'ab12cd,staff.actual,,,,,,,,,,5,r,w,d',
			'ab12cd,staff.actual,,,,,,,,,,,r,w,d'
		].join('\n');
		applyCorrections(d, parseCorrections(csv), 'data/corrections.csv');
		expect(d.corrections.map((c) => [c.line, c.status])).toEqual([
			[7, 'invalid'],
			[2, 'unmatched'],
			[3, 'ambiguous'],
			[4, 'applied'],
			[5, 'duplicate'],
			[6, 'unmatched']
		]);
		expect(d.problems.map((p) => [p.line, p.code, p.severity])).toEqual([
			[7, 'correction_invalid', 'error'],
			[2, 'correction_unmatched', 'error'],
			[3, 'correction_ambiguous', 'error'],
			[5, 'correction_duplicate', 'error'],
			[6, 'correction_unmatched', 'error']
		]);
		for (const p of d.problems) {
			expect(p.source_file).toBe('data/corrections.csv');
			expect(String(p.message)).toContain(`data/corrections.csv 第${p.line}行`);
		}
		expect(d.facts.map((f) => f.value)).toEqual([3, 33]);
	});
});
