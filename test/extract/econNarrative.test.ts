import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/lib/extract/context.ts';
import { econNarrativeFacts } from '../../src/lib/extract/econNarrative.ts';

const run = (text: string) => {
	const ctx = makeContext(text, 2023);
	return { facts: econNarrativeFacts(ctx).map((f) => [f.econ_code, f.part, f.value]), warnings: ctx.warnings.map((w) => w.code) };
};

describe('econNarrativeFacts', () => {
	it('maps class and item names to codes, the part from the heading', () => {
		const text = '（一）基本支出情况\n１、工资福利支出563.5万元。其中，基本工资154.78万元、医疗费27.07万元。\n（二）项目支出情况\n2、对个人和家庭的补助支出100万元，均为救济费。';
		expect(run(text).facts).toEqual([
			['301', 'basic', 563.5],
			['30101', 'basic', 154.78],
			['30114', 'basic', 27.07],
			['303', 'project', 100],
			['30306', 'project', 100]
		]);
	});

	it('leaves out a class whose part is not said, and items it cannot name', () => {
		expect(run('一、支出情况\n工资福利支出563.5万元。').warnings).toEqual(['econ_part_unknown']);
		const r = run('（一）基本支出情况\n商品和服务支出10万元。其中，杂项费2万元。');
		expect(r.facts).toEqual([['302', 'basic', 10]]);
		expect(r.warnings).toEqual(['econ_item_unknown']);
	});
});
