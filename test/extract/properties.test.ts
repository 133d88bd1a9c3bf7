// Properties over generated reports: any amount or count, written in any way the genre writes
// numbers (plain, thousands separators, full-width digits and point, blanks before the unit, 元 /
// 万元 / 亿元), inside a template sentence or table of the genre, is read back exactly, and every
// fact's span slices to text that holds the number as written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/lib/extract/extract.ts';
import { labelOf } from '../../src/lib/extract/label.ts';
import { Lines } from '../../src/lib/extract/lines.ts';
import { readNumbers } from '../../src/lib/extract/numbers.ts';
import type { Fact } from '../../src/lib/extract/types.ts';

const HEAD = '株洲市渌口区信访局2023年度部门决算\n';
const SELF_EVAL = '株洲市渌口区信访局2023年度部门整体支出绩效自评报告\n';
const RUNS = { numRuns: 300 };

type Unit = '元' | '万元' | '亿元';

interface Written {
	/** Blanks written before the number ("支出 56.00 万元"). */
	lead: string;
	/** The number as written ("１,２３４．５６"). */
	raw: string;
	/** Its unit, with the blanks written before it (" 万元"). */
	unit: string;
	/** The value in 万元 (or in its own unit for counts), computed from the decimal string. */
	value: number;
}

const FULL = '０１２３４５６７８９';

/** Move the decimal point of "int.frac" by `shift` places (positive: right) and read it. */
function shifted(int: string, frac: string, shift: number): number {
	let digits = int + frac;
	let point = int.length + shift;
	if (point <= 0) {
		digits = '0'.repeat(1 - point) + digits;
		point = 1;
	}
	if (point > digits.length) digits = digits + '0'.repeat(point - digits.length);
	return Number(`${digits.slice(0, point)}.${digits.slice(point) || '0'}`);
}

function group(int: string): string {
	return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

interface Style {
	separators: boolean;
	fullWidthDigits: boolean;
	fullWidthPoint: boolean;
	blank: '' | ' ' | '\u3000';
}

const style: fc.Arbitrary<Style> = fc.record({
	separators: fc.boolean(),
	fullWidthDigits: fc.boolean(),
	fullWidthPoint: fc.boolean(),
	blank: fc.constantFrom('' as const, ' ' as const, '\u3000' as const)
});

function write(int: string, frac: string, s: Style): string {
	let out = s.separators ? group(int) : int;
	if (frac !== '') out += (s.fullWidthPoint ? '．' : '.') + frac;
	return s.fullWidthDigits ? out.replace(/[0-9]/g, (d) => FULL[Number(d)]!) : out;
}

/** Decimals a report writes for each unit: 元 to the 分, 万元 to four places at most, 亿元 to six. */
const DECIMALS: Record<Unit, number> = { 元: 2, 万元: 4, 亿元: 6 };
const MAX_INT: Record<Unit, number> = { 元: 9_999_999_999, 万元: 99_999_999, 亿元: 999 };
const SHIFT: Record<Unit, number> = { 元: -4, 万元: 0, 亿元: 4 };

const amount: fc.Arbitrary<Written> = fc
	.constantFrom<Unit>('元', '万元', '亿元')
	.chain((unit) =>
		fc.record({
			unit: fc.constant(unit),
			int: fc.integer({ min: 0, max: MAX_INT[unit] }),
			decimals: fc.integer({ min: 0, max: DECIMALS[unit] }),
			fracSeed: fc.integer({ min: 0, max: 999_999 }),
			lead: fc.constantFrom('', ' ', '\u3000'),
			style
		})
	)
	.map(({ unit, int, decimals, fracSeed, lead, style: s }) => {
		const frac = decimals === 0 ? '' : String(fracSeed).padStart(6, '0').slice(0, decimals);
		const i = String(int);
		return { lead, raw: write(i, frac, s), unit: s.blank + unit, value: shifted(i, frac, SHIFT[unit]) };
	});

const count = (max: number): fc.Arbitrary<{ raw: string; value: number; blank: string }> =>
	fc.record({ n: fc.integer({ min: 0, max }), s: style }).map(({ n, s }) => ({
		raw: write(String(n), '', s),
		value: n,
		blank: s.blank
	}));

/** Sentences of the genre with one amount, and the metric and scope it states. */
const SENTENCES: [(n: string) => string, string, Fact['scope']][] = [
	[(n) => `2023年基本支出${n}，较上年减少9.52万元，主要原因是人员调动。`, 'spend.basic', 'all_funds'],
	[(n) => `本部门2023年度决算总支出${n}。`, 'spend.total', 'all_funds'],
	[(n) => `2023年度一般公共预算财政拨款基本支出${n}，主要用于保障机构正常运转。`, 'spend.basic', 'general_public_budget'],
	[(n) => `2023年项目支出${n}，其中信访维稳经费支出10万元。`, 'spend.project', 'all_funds'],
	[(n) => `基本支出中人员经费${n}，占基本支出的73.1%。`, 'spend.basic.personnel', 'all_funds'],
	[(n) => `日常公用经费${n}，较上年上升22%。`, 'spend.basic.public', 'all_funds'],
	[(n) => `2023年度公务接待费支出${n}，共接待国内来访团组2个、来宾20人次。`, 'spend.three_public.reception', 'all_funds'],
	[(n) => `2023年度机关运行经费支出${n}，比上年增加2.1万元。`, 'spend.operating', 'all_funds'],
	[(n) => `2023年度政府采购支出总额${n}，其中：政府采购货物支出1.65万元。`, 'spend.procurement', 'all_funds']
];

/** Tables of the genre with one amount in a cell, the unit in the caption or the cell. */
const TABLES: [(n: string, unit: string) => string, string][] = [
	[(n, u) => `支出决算表\n单位：${u.trim()}\n项目\t决算数\n基本支出\t${n}\n\n注：无。`, 'spend.basic'],
	[(n, u) => `支出决算表\n科目名称\t本年支出合计\t基本支出\n合计\t${n}${u}\t\n\n注：无。`, 'spend.total'],
	[(n, u) => `支出决算表\n单位：${u.trim()}\n| 项目 | 上年决算数 | 本年决算数 |\n| --- | --- | --- |\n| 项目支出 | 1 | ${n} |\n\n注：无。`, 'spend.project']
];

function only(facts: Fact[], metric: string, year = 2023): Fact[] {
	return facts.filter((f) => f.metric === metric && f.fiscal_year === year && f.derived === null);
}

function spansHold(text: string, facts: Fact[]): void {
	for (const f of facts) {
		expect(f.src_start).toBeGreaterThanOrEqual(0);
		expect(f.src_end).toBeLessThanOrEqual(text.length);
		expect(text.slice(f.src_start, f.src_end)).toBe(f.src_text);
		expect(f.src_text).toMatch(/[0-9０-９]/);
	}
}

describe('amounts in sentences', () => {
	it('are read back exactly, in 万元, with a span that holds them as written', () => {
		fc.assert(
			fc.property(fc.constantFrom(...SENTENCES), amount, ([sentence, metric, scope], n) => {
				const text = HEAD + sentence(n.lead + n.raw + n.unit) + '\n';
				const r = extractReport(text);
				const hit = only(r.facts, metric);
				expect(hit.map((f) => f.value)).toEqual([n.value]);
				expect(hit[0]!.scope).toBe(scope);
				expect(hit[0]!.unit).toBe('万元');
				expect(hit[0]!.src_text).toContain(n.raw);
				spansHold(text, r.facts);
			}),
			RUNS
		);
	});

	it('are read back exactly when two sit in one sentence', () => {
		fc.assert(
			fc.property(amount, amount, (a, b) => {
				const text = HEAD + `2023年基本支出${a.lead}${a.raw}${a.unit}，项目支出${b.lead}${b.raw}${b.unit}。\n`;
				const r = extractReport(text);
				expect(only(r.facts, 'spend.basic').map((f) => f.value)).toEqual([a.value]);
				expect(only(r.facts, 'spend.project').map((f) => f.value)).toEqual([b.value]);
				expect(only(r.facts, 'spend.basic')[0]!.src_text).toContain(a.raw);
				expect(only(r.facts, 'spend.project')[0]!.src_text).toContain(b.raw);
				spansHold(text, r.facts);
			}),
			RUNS
		);
	});
});

describe('amounts in tables', () => {
	it('are read back exactly by column header, in the unit of the caption or the cell', () => {
		fc.assert(
			fc.property(fc.constantFrom(...TABLES), amount, ([table, metric], n) => {
				const text = HEAD + table(n.raw, n.unit) + '\n';
				const r = extractReport(text);
				const hit = only(r.facts, metric);
				expect(hit.map((f) => f.value)).toEqual([n.value]);
				expect(hit[0]!.src_text).toContain(n.raw);
				spansHold(text, r.facts);
			}),
			RUNS
		);
	});
});

describe('counts', () => {
	it('staff counts in 人 or 名', () => {
		fc.assert(
			fc.property(count(9999), count(9999), fc.constantFrom('人', '名'), (a, b, unit) => {
				const text = HEAD + `2023年末，本部门核定编制${a.raw}${a.blank}${unit}，实有在职人员${b.raw}${b.blank}${unit}。\n`;
				const r = extractReport(text);
				expect(only(r.facts, 'staff.authorized').map((f) => f.value)).toEqual([a.value]);
				expect(only(r.facts, 'staff.actual').map((f) => f.value)).toEqual([b.value]);
				expect(only(r.facts, 'staff.authorized')[0]!.src_text).toContain(a.raw);
				expect(only(r.facts, 'staff.actual')[0]!.src_text).toContain(b.raw);
				spansHold(text, r.facts);
			}),
			RUNS
		);
	});

	it('petition visits in 批 and 人次', () => {
		fc.assert(
			fc.property(count(99_999), count(999_999), (b, p) => {
				const text = SELF_EVAL + `2023年，全年共接待群众来访${b.raw}${b.blank}批${p.raw}${p.blank}人次，同比下降5.2%。\n`;
				const r = extractReport(text);
				expect(only(r.facts, 'petition.visits.batches').map((f) => f.value)).toEqual([b.value]);
				expect(only(r.facts, 'petition.visits.persons').map((f) => f.value)).toEqual([p.value]);
				expect(only(r.facts, 'petition.visits.persons')[0]!.src_text).toContain(p.raw);
				spansHold(text, r.facts);
			}),
			RUNS
		);
	});
});

describe('counts in 万', () => {
	it('are the number times 10,000, read back exactly (up to four decimals)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 9_999_999 }), fc.constantFrom('', ' '), fc.constantFrom('件', '人次'), (n, blank, unit) => {
				const frac = String(n % 10000).padStart(4, '0').replace(/0+$/, '');
				const raw = `${Math.floor(n / 10000)}${frac ? `.${frac}` : ''}`;
				const metric = unit === '件' ? 'petition.online' : 'petition.visits.persons';
				const text = SELF_EVAL + (unit === '件' ? `全年办理网上信访${raw}${blank}万件。\n` : `全年共接待群众来访${raw}${blank}万人次。\n`);
				const r = extractReport(text);
				expect(only(r.facts, metric).map((f) => f.value)).toEqual([n]);
				expect(only(r.facts, metric)[0]!.src_text).toContain(`${raw}${blank}万`);
				spansHold(text, r.facts);
			}),
			RUNS
		);
	});
});

describe('the helpers of this file', () => {
	it('shift decimal strings exactly', () => {
		expect(shifted('1234', '56', -4)).toBe(0.123456);
		expect(shifted('0', '5', 4)).toBe(5000);
		expect(shifted('12', '', -4)).toBe(0.0012);
		expect(group('1234567')).toBe('1,234,567');
	});
});

describe('labels', () => {
	// targetWordBefore reuses its last scan back when the next figure is in the same sentence:
	// whether a figure is a target must not depend on which figures were asked about before it
	it('say a figure is a target whatever order the figures are asked in', () => {
		const clause = fc.constantFrom(
			'年度目标：受理信访事项120件',
			'计划完成支出30万元',
			'实际完成支出28.5万元',
			'指标值为95%',
			'基本支出12万元',
			'预期目标为办结率100%',
			'来信45件'
		);
		const sentence = fc.array(clause, { minLength: 1, maxLength: 4 }).map((cs) => cs.join('，'));
		const text = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join('。') + '。');
		fc.assert(
			fc.property(text, fc.func(fc.integer()), (t, key) => {
				const numbers = readNumbers(t);
				const inOrder = numbers.map((_, i) => labelOf(t, numbers, i).target);
				const order = numbers.map((_, i) => i).sort((a, b) => key(a) - key(b) || a - b);
				const shuffled: boolean[] = [];
				for (const i of order) shuffled[i] = labelOf(t, numbers, i).target;
				const fresh = numbers.map((_, i) => {
					labelOf('。' + t, readNumbers('。' + t), 0).target; // another text's scan in between
					return labelOf(t, numbers, i).target;
				});
				expect(shuffled).toEqual(inOrder);
				expect(fresh).toEqual(inOrder);
			}),
			RUNS
		);
	});
});

describe('lines', () => {
	it('count the tabs and bars each line holds', () => {
		const piece = fc.constantFrom('基本支出', '12.5', '\n', '\t', '|', ' ', '\n\n', '。');
		const text = fc.array(piece, { minLength: 0, maxLength: 40 }).map((ps) => ps.join(''));
		fc.assert(
			fc.property(text, (t) => {
				const ls = new Lines(t);
				const lines = t.split('\n');
				expect(ls.length).toBe(lines.length);
				expect([...ls.tabs]).toEqual(lines.map((l) => l.split('\t').length - 1));
				expect([...ls.bars]).toEqual(lines.map((l) => l.split('|').length - 1));
			}),
			RUNS
		);
	});
});
