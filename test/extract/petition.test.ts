import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/lib/extract/context.ts';
import { petitionFacts, rateId } from '../../src/lib/extract/petition.ts';

const run = (text: string) => petitionFacts(makeContext(text, 2021)).map((f) => [f.metric, f.value, f.unit]);

describe('petitionFacts', () => {
	it('reads total, letters and visits with persons', () => {
		expect(run('2021年全区信访总量为290批（件）次，同比下降42.9%。其中来信51件，来访58批次140人次，领导信箱7件，网上投诉189件。')).toEqual([
			['petition.total', 290, '件次'],
			['petition.letters', 51, '件'],
			['petition.visits.batches', 58, '批'],
			['petition.visits.persons', 140, '人次']
		]);
	});

	it('does not take receptions by leaders or official hospitality for visits', () => {
		expect(run('2021年县级领导共接待来访40批65人次。全年共接待来访团组 2 个、来宾 20 人次。共接待 2 批 20 人次。')).toEqual([]);
	});

	it('reads national and provincial registrations, matters and disputes', () => {
		expect(
			run('国家信访局走访登记6批6人次；省信访局走访登记23批32人次。反映信访事项663件，及时化解415件；排查出各类矛盾纠纷785件，及时处理化解698件。')
		).toEqual([
			['petition.national_visits.batches', 6, '批'],
			['petition.national_visits.persons', 6, '人次'],
			['petition.provincial_visits.batches', 23, '批'],
			['petition.provincial_visits.persons', 32, '人次'],
			['petition.matters', 663, '件'],
			['petition.resolved', 415, '件'],
			['petition.disputes_screened', 785, '件'],
			['petition.disputes_resolved', 698, '件']
		]);
	});

	it('reads listed rates with one value, and no budget execution rate', () => {
		expect(run('信访部门及时受理率、责任单位及时受理率、按期答复率均为100%；完成年初预算的 100.02%。')).toEqual([
			['petition.rate.timely_acceptance', 100, '%'],
			['petition.rate.timely_acceptance_responsible_units', 100, '%'],
			['petition.rate.on_time_reply', 100, '%']
		]);
	});
});

describe('rateId', () => {
	it('names one-off resolution rates by channel', () => {
		expect(rateId('到国家信访局网上初次信访一次性化解率', '')).toBe('national_first_online_one_off_resolution');
		expect(rateId('全系统申诉、求决信访程序一次性化解率', '')).toBe('one_off_resolution');
		expect(rateId('总审核化解率', '收到交办件126件')).toBe('assigned_resolution');
		expect(rateId('化解率', '')).toBeNull();
	});
});

describe('regression: a year stated at the start of a sentence', () => {
	it('carries to the clauses after it, so counts of last year are not taken for this year', () => {
		const ctx = makeContext('2023年全区信访总量为1520件次，其中来信320件，来访600批1800人次。', 2024);
		expect(petitionFacts(ctx)).toEqual([]);
		expect(ctx.warnings.map((w) => w.code)).toContain('other_year');
	});

	it('does not take a year compared against for the year of the clause', () => {
		const ctx = makeContext('2021年，同比2019年下降，国家信访局走访登记6批6人次。', 2021);
		expect(petitionFacts(ctx).map((f) => f.fiscal_year)).toEqual([2021, 2021]);
	});
});
