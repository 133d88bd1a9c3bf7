import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/lib/extract/context.ts';
import { staffingFacts } from '../../src/lib/extract/staffing.ts';

function run(text: string, year = 2023) {
	const ctx = makeContext(text, year);
	const facts = staffingFacts(ctx);
	return { facts: facts.map((f) => [f.metric, f.value]), warnings: ctx.warnings.map((w) => w.code) };
}

describe('staffingFacts', () => {
	it('reads authorized posts, their kinds, actual staff and retirees', () => {
		const { facts } = run('2023年末我局编制人数37人，其中行政编制28人，工勤人员编制3人，事业编制6人；年末实有在职人数33人，退休人员15人，离休人员0人。');
		expect(facts).toEqual([
			['staff.authorized', 37],
			['staff.authorized.administrative', 28],
			['staff.authorized.worker', 3],
			['staff.authorized.institutional', 6],
			['staff.actual', 33],
			['staff.retired', 15]
		]);
	});

	it('does not take the make-up of actual staff for kinds of posts', () => {
		const { facts, warnings } = run('本部门核定编制24名，实有人员20名，其中：机关行政人员7人，事业编制13人，退休人员4人。');
		expect(facts).toEqual([
			['staff.authorized', 24],
			['staff.actual', 20],
			['staff.retired', 4]
		]);
		expect(warnings).toContain('staff_kind_unsure');
	});

	it('leaves out an actual count that includes retirees', () => {
		expect(run('实有人员25人，其中在职20人，退休人员5人。').facts).toEqual([
			['staff.actual', 20],
			['staff.retired', 5]
		]);
		expect(run('实有人数25人（含退休人员5人）。').facts).toEqual([]);
	});

	it('leaves out the posts of an affiliated unit and of a whole system', () => {
		expect(run('所属事业单位1个：接待中心。为公益一类事业单位，编制 4 名。').facts).toEqual([]);
		expect(run('全县信访系统共有编制120人。').facts).toEqual([]);
	});

	it('reads temporary staff and skips leadership posts and headcount changes', () => {
		expect(run('我局共有编制人数 11 人，实有在职人员 10 人（其中外单位借调出 1 人），临聘 1 人。领导职数3名。本年新增 3 人。').facts).toEqual([
			['staff.authorized', 11],
			['staff.actual', 10],
			['staff.temporary', 1]
		]);
	});

	it('gives a prior-year count the prior year', () => {
		const ctx = makeContext('2022年末实有在职人员9人。', 2023);
		expect(staffingFacts(ctx)[0]).toMatchObject({ fiscal_year: 2022, phase: 'prior_year' });
	});
});

describe('staffingFacts, kinds of posts', () => {
	it('reads a kind of post stated as 核定 without a total', () => {
		expect(run('核定行政编制12名、事业编制3名。').facts).toEqual([
			['staff.authorized.administrative', 12],
			['staff.authorized.institutional', 3]
		]);
	});
});
