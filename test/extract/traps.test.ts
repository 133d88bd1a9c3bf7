// Trap sentences of the genre (部门决算, 部门预算, 部门整体支出绩效自评报告 of any province), each
// with exactly the facts that must come out of it: every number that looks like a fact and is not
// one (hospitality, deltas, targets, subtotals, leaders' receptions, cut-off numbers) stays out.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../../src/lib/extract/extract.ts';
import type { ExtractResult, Fact } from '../../src/lib/extract/types.ts';

const FINAL = '株洲市渌口区信访局2023年度部门决算\n';
const SELF_EVAL = '株洲市渌口区信访局2023年度部门整体支出绩效自评报告\n';
const BUDGET = '株洲市渌口区信访局2024年部门预算\n';

/** "metric value year phase scope [part code item] [derived]": one line a fact, reading order. */
function line(f: Fact): string {
	const extra = [f.part, f.econ_code ?? f.func_code ?? f.item_label].filter((x) => x !== null);
	return [f.metric, f.value ?? f.value_text, f.fiscal_year, f.phase, f.scope ?? '-', ...extra, ...(f.derived ? ['derived'] : [])].join(' ');
}

function run(text: string): ExtractResult & { lines: string[]; codes: string[] } {
	const r = extractReport(text);
	for (const f of r.facts) {
		expect(text.slice(f.src_start, f.src_end)).toBe(f.src_text);
	}
	return { ...r, lines: r.facts.map(line), codes: r.warnings.map((w) => w.code) };
}

const facts = (text: string) => run(text).lines;

/** The fact's span holds the number as written. */
function spanHolds(text: string, metric: string, written: string): void {
	const f = extractReport(text).facts.find((x) => x.metric === metric);
	expect(f, metric).toBeDefined();
	expect(text.slice(f!.src_start, f!.src_end)).toContain(written);
}

describe('official hospitality is not petition volume', () => {
	it('来访团组 and 来宾 人次 of 公务接待 give only the reception cost', () => {
		expect(facts(FINAL + '2023年，公务接待费支出1.2万元，共接待国内来访团组5个、来宾46人次。\n')).toEqual([
			'spend.three_public.reception 1.2 2023 actual all_funds'
		]);
	});

	it('接待来访 批次/人次 in a hospitality sentence are not visits', () => {
		expect(facts(FINAL + '公务接待费0.86万元，接待来访12批次86人次。\n')).toEqual([
			'spend.three_public.reception 0.86 2023 actual all_funds'
		]);
		expect(facts(FINAL + '国内公务接待12批次86人次，其中外事接待0批次。\n')).toEqual([]);
	});
});

describe('实有人数 that includes retirees', () => {
	it('is left out when a note says it does', () => {
		const r = run(SELF_EVAL + '2023年末，我局编制人数12人，实有人数14人（含退休人员3人）。\n');
		expect(r.lines).toEqual(['staff.authorized 12 2023 actual -']);
		expect(r.codes).toContain('staff_actual_with_retirees');
	});

	it('is left out when its parts add up with the retirees, in 其中 or in brackets', () => {
		expect(facts(SELF_EVAL + '本单位实有人数16人，其中在职12人，退休4人。\n')).toEqual([
			'staff.actual 12 2023 actual -',
			'staff.retired 4 2023 actual -'
		]);
		expect(facts(SELF_EVAL + '年末实有人员15人（在职10人、退休5人）。\n')).toEqual([
			'staff.actual 10 2023 actual -',
			'staff.retired 5 2023 actual -'
		]);
	});

	it('is kept when the retirees are counted beside it', () => {
		expect(facts(SELF_EVAL + '年末实有在职人员10人，退休人员5人。\n')).toEqual([
			'staff.actual 10 2023 actual -',
			'staff.retired 5 2023 actual -'
		]);
	});

	it('a headcount of mixed kinds with retirees is no actual count (its retirees are a count of their own)', () => {
		expect(facts(SELF_EVAL + '单位现有人员18人，其中行政人员10人、工勤人员2人、离退休人员6人。\n')).toEqual(['staff.retired 6 2023 actual -']);
	});
});

describe('a change against last year beside a level', () => {
	it('takes the level, never the delta; the prior year is derived', () => {
		expect(facts(FINAL + '本年支出合计 432.39 万元，与上年相比，减少 35.6 万元，下降 7.6%。\n')).toEqual([
			'spend.total 432.39 2023 actual all_funds',
			'spend.total 467.99 2022 prior_year all_funds derived'
		]);
	});

	it('a delta equal to the level is still a delta', () => {
		const r = run(FINAL + '2023年支出总额350.00万元，比上年增加350.00万元，主要是机构改革后新组建。\n');
		expect(r.lines).toEqual(['spend.total 350 2023 actual all_funds', 'spend.total 0 2022 prior_year all_funds derived']);
		expect(r.facts[0]!.src_end).toBeLessThan(r.facts[1]!.src_start);
	});

	it('a delta written before the level gives nothing', () => {
		expect(facts(FINAL + '2023年基本支出比上年增加20万元，达到300万元。\n')).toEqual([]);
	});

	it('a percentage change gives no amount', () => {
		expect(facts(FINAL + '2023年基本支出300万元，比上年增长9.5%。\n')).toEqual(['spend.basic 300 2023 actual all_funds']);
	});

	it('同比 compares with last year: its amount gives the prior year, its percentage nothing', () => {
		expect(facts(FINAL + '机关运行经费支出300万元，同比减少20万元，下降6.3%。基本支出400万元，同比增长10%。\n')).toEqual([
			'spend.operating 300 2023 actual all_funds',
			'spend.operating 320 2022 prior_year all_funds derived',
			'spend.basic 400 2023 actual all_funds'
		]);
	});

	it('a change with no year compared gives no prior year', () => {
		expect(facts(FINAL + '2023年项目支出50万元，增加20万元，主要是信访救助经费增加。\n')).toEqual([
			'spend.project 50 2023 actual all_funds'
		]);
	});
});

describe('a number cut off at the end of the text', () => {
	it('is not read in a sentence', () => {
		const r = run(FINAL + '2023年基本支出112.38万元，项目支出9');
		expect(r.lines).toEqual(['spend.basic 112.38 2023 actual all_funds']);
		expect(r.codes).toContain('truncated');
	});

	it('is not read when only blanks follow it', () => {
		expect(facts(FINAL + '2023年基本支出112.38万元，项目支出9 \n\n')).toEqual(['spend.basic 112.38 2023 actual all_funds']);
	});

	it('is not read as the last cell of a table', () => {
		const r = run(FINAL + '单位：万元\n项目\t金额\n基本支出\t300\n项目支出\t9\n');
		expect(r.lines).toEqual(['spend.basic 300 2023 actual all_funds']);
		expect(r.codes).toContain('truncated');
	});
});

describe('units of money', () => {
	it('converts 元 and 亿元 to 万元', () => {
		expect(facts(FINAL + '2023年基本支出1123800元，项目支出0.012亿元，人员经费3,563,200.50元。\n')).toEqual([
			'spend.basic 112.38 2023 actual all_funds',
			'spend.project 120 2023 actual all_funds',
			'spend.basic.personnel 356.32005 2023 actual all_funds'
		]);
	});

	it('reads a table in 元 by its stated unit', () => {
		expect(facts(FINAL + '单位：元\n项目\t决算数\n基本支出\t3,000,000.00\n项目支出\t500,000.00\n\n以上。\n')).toEqual([
			'spend.basic 300 2023 actual all_funds',
			'spend.project 50 2023 actual all_funds'
		]);
	});

	it('takes no unit for granted: a bare number is not an amount', () => {
		expect(facts(FINAL + '2023年基本支出300，项目支出50。\n')).toEqual([]);
	});
});

describe('how numbers are written', () => {
	it('reads full-width digits and punctuation', () => {
		const text = FINAL + '2023年末实有在职人员2８人，基本支出１２３．４５万元，信访事项及时受理率１００％。\n';
		expect(facts(text)).toEqual([
			'staff.actual 28 2023 actual -',
			'spend.basic 123.45 2023 actual all_funds',
			'petition.rate.timely_acceptance 100 2023 actual -'
		]);
		spanHolds(text, 'staff.actual', '2８');
		spanHolds(text, 'spend.basic', '１２３．４５');
	});

	it('reads spaces inside a number phrase and before the unit', () => {
		const text = FINAL + '2023年基本支出 56.00 万元，项目支出56.00　万元，编制 12 人，全年接待群众来访 235 批 612 人次。\n';
		expect(facts(text)).toEqual([
			'spend.basic 56 2023 actual all_funds',
			'spend.project 56 2023 actual all_funds',
			'staff.authorized 12 2023 actual -',
			'petition.visits.batches 235 2023 actual -',
			'petition.visits.persons 612 2023 actual -'
		]);
	});

	it('reads 名 as 人', () => {
		expect(facts(FINAL + '本部门核定编制12名，实有在职人员11名。\n')).toEqual([
			'staff.authorized 12 2023 actual -',
			'staff.actual 11 2023 actual -'
		]);
	});

	it('reads thousands separators, and no broken grouping', () => {
		expect(facts(FINAL + '2023年项目支出1,234.56万元，人员经费1, 234万元。\n')).toEqual([
			'spend.project 1234.56 2023 actual all_funds'
		]);
	});
});

describe('tables read by column header', () => {
	it('a tab table with columns in another order', () => {
		const text =
			FINAL +
			'支出决算表\n单位：万元\n科目编码\t科目名称\t项目支出\t基本支出\t本年支出合计\n栏次\t\t1\t2\t3\n合计\t\t50.00\t300.00\t350.00\n' +
			'2010308\t信访事务\t50.00\t280.00\t330.00\n2210201\t住房公积金\t0.00\t20.00\t20.00\n\n注：本表反映部门本年度各项支出。\n';
		expect(facts(text)).toEqual([
			'spend.project 50 2023 actual all_funds',
			'spend.basic 300 2023 actual all_funds',
			'spend.total 350 2023 actual all_funds',
			'spend.func 330 2023 actual all_funds 2010308',
			'spend.func 20 2023 actual all_funds 2210201'
		]);
	});

	it('a one-cell-per-line table', () => {
		const text =
			FINAL + '收入支出决算总表\n单位：万元\n\n\t项目\n\t项目支出\n\t基本支出\n\t本年支出合计\n\n\t合计\n\t50.00\n\t300.00\n\t350.00\n\n注：无。\n';
		expect(facts(text)).toEqual([
			'spend.project 50 2023 actual all_funds',
			'spend.basic 300 2023 actual all_funds',
			'spend.total 350 2023 actual all_funds'
		]);
	});

	it('a "|" table in 元 with the total in the middle column', () => {
		const text =
			FINAL +
			'一般公共预算财政拨款支出决算表\n单位：元\n| 科目编码 | 科目名称 | 基本支出 | 合计 | 项目支出 |\n| --- | --- | --- | --- | --- |\n' +
			'| | 合计 | 3,000,000.00 | 3,500,000.00 | 500,000.00 |\n| 2010308 | 信访事务 | 2,800,000.00 | 3,300,000.00 | 500,000.00 |\n\n注：无。\n';
		expect(facts(text)).toEqual([
			'spend.basic 300 2023 actual general_public_budget',
			'spend.total 350 2023 actual general_public_budget',
			'spend.project 50 2023 actual general_public_budget',
			'spend.func 330 2023 actual general_public_budget 2010308'
		]);
		spanHolds(text, 'spend.total', '3,500,000.00');
	});

	it('a column of last year beside this year', () => {
		expect(facts(FINAL + '部门基本情况表\n单位：万元\n项目\t2022年决算数\t2023年决算数\n基本支出\t280.5\t300\n项目支出\t40\t50\n\n注：无。\n')).toEqual([
			'spend.basic 280.5 2022 prior_year all_funds',
			'spend.basic 300 2023 actual all_funds',
			'spend.project 40 2022 prior_year all_funds',
			'spend.project 50 2023 actual all_funds'
		]);
	});

	it('a single column of cells with no row labels gives nothing', () => {
		const text = FINAL + '收入支出决算总表\n单位：万元\n\n\t项目\n\n\t本年支出合计\n\n\t基本支出\n\n\t合计\n\n\t350.00\n\n\t300.00\n\n注：无。\n';
		expect(facts(text)).toEqual([]);
	});

	it('a 部门预算 收支预算总表 with income and spending side by side, 一般公共预算拨款收入 as fiscal income', () => {
		const text =
			BUDGET +
			'收支预算总表\n单位：万元\n收入\t\t支出\t\n项目\t预算数\t项目\t预算数\n一、一般公共预算拨款收入\t500.00\t一、一般公共服务支出\t450.00\n' +
			'二、政府性基金预算拨款收入\t0\t二、社会保障和就业支出\t50.00\n本年收入合计\t500.00\t本年支出合计\t500.00\n\n注：无。\n';
		expect(facts(text)).toEqual([
			'income.fiscal 500 2024 budget general_public_budget',
			'income.total 500 2024 budget all_funds',
			'spend.total 500 2024 budget all_funds'
		]);
	});

	it('a table with no unit gives no amounts', () => {
		expect(facts(FINAL + '项目\t2023年决算数\n基本支出\t300\n项目支出\t50\n\n注：无。\n')).toEqual([]);
	});
});

describe('a budget beside an actual figure', () => {
	it('gives each its phase', () => {
		expect(
			facts(FINAL + '2023年度一般公共预算财政拨款支出年初预算数为350.2万元，决算数为362.48万元，完成年初预算的103.5%。\n')
		).toEqual(['spend.total 350.2 2023 budget general_public_budget', 'spend.total 362.48 2023 actual general_public_budget']);
	});

	it('an adjusted budget column is adjusted_budget, not budget', () => {
		expect(facts(FINAL + '单位：万元\n项目\t年初预算数\t调整预算数\t决算数\n基本支出\t280.5\t290\t300\n\n注：无。\n')).toEqual([
			'spend.basic 280.5 2023 budget all_funds',
			'spend.basic 290 2023 adjusted_budget all_funds',
			'spend.basic 300 2023 actual all_funds'
		]);
	});

	it('a budget document states budgets', () => {
		expect(facts(BUDGET + '2024年部门预算总额350万元，其中基本支出300万元，项目支出50万元。较2023年预算增加20万元。\n')).toEqual([
			'spend.basic 300 2024 budget all_funds',
			'spend.project 50 2024 budget all_funds'
		]);
	});
});

describe('a subtotal of one functional class is not the department total', () => {
	it('in a sentence listing classes', () => {
		expect(
			facts(
				FINAL +
					'一般公共预算财政拨款支出362.48万元，主要用于以下方面：一般公共服务支出(类)310.2万元，占85.6%；社会保障和就业支出(类)30.1万元；住房保障支出(类)22.18万元。\n'
			)
		).toEqual(['spend.total 362.48 2023 actual general_public_budget']);
	});

	it('the basic and project spending of a 类/款/项 line are not the department totals', () => {
		const r = run(
			FINAL + '（一）一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）信访事务（项）：支出决算为330万元，其中基本支出280万元，项目支出50万元。\n'
		);
		expect(r.lines).toEqual(['spend.func 330 2023 actual all_funds 2010308']);
	});

	it('the parts of a general-budget whole take its scope', () => {
		expect(
			facts(FINAL + '2023年度一般公共预算财政拨款基本支出300万元，其中：人员经费250万元，主要包括基本工资、津贴补贴；公用经费50万元。\n')
		).toEqual([
			'spend.basic 300 2023 actual general_public_budget',
			'spend.basic.personnel 250 2023 actual general_public_budget',
			'spend.basic.public 50 2023 actual general_public_budget'
		]);
	});
});

describe("leaders' receptions and targets are not petition volume", () => {
	it('领导接访 批次 is no visit count', () => {
		expect(facts(SELF_EVAL + '2023年，县级领导接访45批次，接待群众来访120批356人次。\n')).toEqual([
			'petition.visits.batches 120 2023 actual -',
			'petition.visits.persons 356 2023 actual -'
		]);
		expect(facts(SELF_EVAL + '县领导坐班接访，共接待来访群众32批86人次。全年领导接访日接待来访群众12批次40人次。\n')).toEqual([]);
	});

	it('a target (目标值, 以上, ≥) is no rate and no count', () => {
		expect(
			facts(SELF_EVAL + '目标值：来访办理率≥95%，信访事项及时受理率达到98%以上。实际完成：信访事项及时受理率100%。\n')
		).toEqual(['petition.rate.timely_acceptance 100 2023 actual -']);
		expect(facts(SELF_EVAL + '产出指标：接待来访群众≥500人次。年度目标：信访事项按期办结率不低于90%。\n')).toEqual([]);
	});
});

describe('approximate figures', () => {
	it('约, 近, 左右 and 余 give no value', () => {
		expect(
			facts(FINAL + '2023年项目支出约50万元，基本支出近300万元，人员经费200万元左右，公用经费30余万元。全年接待群众来访近120批356人次。\n')
		).toEqual([]);
	});
});

describe('odd layout', () => {
	it('a text that starts with a line of tabs and blanks is read, not thrown on', () => {
		expect(facts('\u3000\t\t\n' + FINAL + '2023年基本支出100万元。\n')).toEqual(['spend.basic 100 2023 actual all_funds']);
	});
});

describe('what is not a report', () => {
	it('a text with no numbers is an error with no facts', () => {
		const r = run('关于做好信访工作的通知\n各单位：请认真学习，按时报送材料。\n');
		expect(r.facts).toEqual([]);
		expect(r.errors.map((e) => e.code)).toEqual(['no_numbers']);
	});

	it("another department's report is no petition body's, and its facts are still listed", () => {
		const r = run('醴陵市财政局2023年度部门决算\n2023年度基本支出1200.5万元，项目支出800万元。公务接待费支出1.2万元。\n');
		expect(r.report).toMatchObject({ bureau_name: '醴陵市财政局', region_code: '430281', is_petition_body: false, doc_type: 'final_accounts' });
		expect(r.lines).toEqual([
			'spend.basic 1200.5 2023 actual all_funds',
			'spend.project 800 2023 actual all_funds',
			'spend.three_public.reception 1.2 2023 actual all_funds'
		]);
		expect(r.errors).toEqual([]);
	});

	it('a report of another department that names the petition bureau in its text', () => {
		const r = run('2023年度\n衡阳市人力资源和社会保障局\n部门决算\n\n本年支出合计500万元，其中拨付市信访局维稳经费10万元。\n');
		expect(r.report).toMatchObject({ bureau_name: '衡阳市人力资源和社会保障局', region_code: '430400', is_petition_body: false });
	});
});

describe('region names', () => {
	const region = (title: string) => {
		const r = run(title + '\n2023年基本支出100万元。\n');
		return { ...r.report, codes: r.codes };
	};

	it('县, 区, 市, 自治县, 旗, 州', () => {
		expect(region('衡南县信访局2023年度部门决算')).toMatchObject({ region_code: '430422', admin_level: 'county', prefecture: '衡阳市' });
		expect(region('南岳区信访局2023年度部门决算')).toMatchObject({ region_code: '430412', admin_level: 'district' });
		expect(region('宁乡市信访局2023年度部门决算')).toMatchObject({ region_code: '430182', admin_level: 'county', prefecture: '长沙市' });
		expect(region('衡阳市信访局2023年度部门决算')).toMatchObject({ region_code: '430400', admin_level: 'prefecture' });
		expect(region('芷江侗族自治县信访局2023年度部门决算')).toMatchObject({ region_code: '431228', admin_level: 'county' });
		expect(region('鄂托克旗信访局2023年度部门决算')).toMatchObject({ region_code: '150624', province: '内蒙古自治区' });
		expect(region('湘西土家族苗族自治州信访局2023年度部门决算')).toMatchObject({ region_code: '433100', admin_level: 'prefecture' });
	});

	it('with or without the parent', () => {
		expect(region('株洲市渌口区信访局2023年度部门决算')).toMatchObject({ bureau_name: '株洲市渌口区信访局', region_code: '430212' });
		expect(region('渌口区信访局2023年度部门决算')).toMatchObject({ bureau_name: '渌口区信访局', region_code: '430212' });
		expect(region('湖南省衡阳市衡南县信访局2023年度部门决算')).toMatchObject({ region_code: '430422' });
	});

	it('信访办公室, 信访办 and a party-committee prefix are petition bodies', () => {
		expect(region('汝城县信访办公室2023年度部门决算')).toMatchObject({ bureau_name: '汝城县信访办公室', is_petition_body: true, region_code: '431026' });
		expect(region('汝城县信访办2023年度部门决算')).toMatchObject({ bureau_name: '汝城县信访办', is_petition_body: true });
		expect(region('中共株洲市渌口区委信访局2023年度部门决算')).toMatchObject({ region_code: '430212', is_petition_body: true });
		expect(region('株洲市渌口区人民政府信访局2023年度部门决算')).toMatchObject({ region_code: '430212', is_petition_body: true });
		expect(region('株洲市渌口区群众工作和信访局2023年度部门决算')).toMatchObject({ region_code: '430212', is_petition_body: true });
	});

	it('a unit under the bureau is a petition body of its own', () => {
		expect(region('长沙市岳麓区人民来访接待中心2023年度部门决算')).toMatchObject({
			bureau_name: '长沙市岳麓区人民来访接待中心',
			region_code: '430104',
			is_petition_body: true
		});
	});

	it('the bureau, not a unit it names, when there is no title', () => {
		const r = run('一、基本情况\n南岳区信访局内设股室2个，所属事业单位1个，全称为南岳区人民来访接待中心。南岳区信访局主要职责是……\n2023年基本支出100万元。\n');
		expect(r.report.bureau_name).toBe('南岳区信访局');
	});

	it('a name two regions share resolves only with its parent', () => {
		const alone = region('朝阳区信访办公室2023年度部门预算');
		expect(alone).toMatchObject({ bureau_name: '朝阳区信访办公室', region_code: null, province: null });
		expect(alone.codes).toContain('region_ambiguous');
		expect(region('北京市朝阳区信访办2023年度部门预算')).toMatchObject({ region_code: '110105', province: '北京市' });
		expect(region('长春市朝阳区信访局2023年度部门预算')).toMatchObject({ region_code: '220104' });
	});
});

describe('grand totals (总计) that balance by construction', () => {
	it('equal 收入、支出总计 may include carry-over: left out, with a warning', () => {
		const r = run(FINAL + '2023年度财政拨款收入、支出总计分别为505.12万元、505.12万元。\n');
		expect(r.lines).toEqual([]);
		expect(r.codes).toContain('grand_total');
	});

	it("unequal 收、支总计 are the year's own totals and are read", () => {
		expect(facts(FINAL + '2023年度收、支总计432.32万元、432.39万元。\n')).toEqual([
			'income.total 432.32 2023 actual all_funds',
			'spend.total 432.39 2023 actual all_funds'
		]);
	});

	it('收支预算总额 (one amount for both sides, carry-over included) is left out with a warning, and takes no figure after it', () => {
		const r = run(BUDGET + '2024年收支预算总额为1234.56万元，比上年增加100.00万元。基本支出800.00万元。\n');
		expect(r.lines).toEqual(['spend.basic 800 2024 budget all_funds']);
		expect(r.codes).toContain('grand_total');
	});

	it('equal 总计 stated with 均为 do not take the next sentence\'s figure with them', () => {
		const r = run(FINAL + '2023年度收入、支出总计均为505.12万元。基本支出400.00万元。\n');
		expect(r.lines).toEqual(['spend.basic 400 2023 actual all_funds']);
		expect(r.codes).toContain('grand_total');
	});

	it('收入、支出合计 equal are read: 合计 holds no carry-over', () => {
		expect(facts(FINAL + '2023年度收入、支出合计均为505.12万元。\n')).toEqual([
			'income.total 505.12 2023 actual all_funds',
			'spend.total 505.12 2023 actual all_funds'
		]);
	});
});

describe('the petition total written as 来信来访 or 信访件', () => {
	it('受理群众来信来访 N件次 is the total; its parts are not added to it', () => {
		expect(facts(SELF_EVAL + '全年共受理群众来信来访1256件次，其中来信320件，来访468批1032人次。\n')).toEqual([
			'petition.total 1256 2023 actual -',
			'petition.letters 320 2023 actual -',
			'petition.visits.batches 468 2023 actual -',
			'petition.visits.persons 1032 2023 actual -'
		]);
	});

	it('交办信访件 is not the total', () => {
		expect(facts(SELF_EVAL + '全年办理上级交办信访件56件。\n')).toEqual([]);
	});
});

describe('more ways the genre writes its totals, items and classes', () => {
	it('project items after 主要用于, in 元; each span starts at its name', () => {
		const text = FINAL + '项目支出1,200,000元，主要用于：信访维稳经费800,000元、信访工作经费400,000元。\n';
		expect(facts(text)).toEqual([
			'spend.project 120 2023 actual all_funds',
			'spend.project.item 80 2023 actual all_funds 信访维稳经费',
			'spend.project.item 40 2023 actual all_funds 信访工作经费'
		]);
		expect(extractReport(text).facts[2]!.src_text).toBe('信访工作经费400,000元');
		expect(extractReport(text).checks).toContainEqual(expect.objectContaining({ relation: 'project = project items', status: 'ok' }));
	});

	it('部门预算收入总额 and 预算安排 in a budget are budgets', () => {
		expect(facts(BUDGET + '2024年部门预算收入总额350.5万元。2024年机关运行经费预算安排45.2万元。\n')).toEqual([
			'income.total 350.5 2024 budget all_funds',
			'spend.operating 45.2 2024 budget all_funds'
		]);
	});

	it('一般公共预算拨款安排的 before a subject names its fund', () => {
		expect(facts(BUDGET + '一般公共预算拨款安排的“三公”经费预算为6.00万元，财政拨款安排的机关运行经费为50万元。\n')).toEqual([
			'spend.three_public 6 2024 budget general_public_budget',
			'spend.operating 50 2024 budget general_public_budget'
		]);
	});

	it('实际支出 and 执行数 after a budget figure are the actual of the same subject', () => {
		expect(facts(SELF_EVAL + '“三公”经费全年预算数6万元，实际支出5.2万元。机关运行经费年初预算50万元，执行数为48.5万元。\n')).toEqual([
			'spend.three_public 6 2023 adjusted_budget all_funds',
			'spend.three_public 5.2 2023 actual all_funds',
			'spend.operating 50 2023 budget all_funds',
			'spend.operating 48.5 2023 actual all_funds'
		]);
	});

	it('部门支出决算数 is the total spent', () => {
		expect(facts(SELF_EVAL + '2023年度部门支出决算数为456.79万元。\n')).toEqual(['spend.total 456.79 2023 actual all_funds']);
	});

	it('project items after 其中 and a colon', () => {
		expect(facts(FINAL + '项目支出70.5万元，其中：信访维稳经费50万元、网上信访系统运维经费20.5万元。\n')).toEqual([
			'spend.project 70.5 2023 actual all_funds',
			'spend.project.item 50 2023 actual all_funds 信访维稳经费',
			'spend.project.item 20.5 2023 actual all_funds 网上信访系统运维经费'
		]);
	});

	it('economic classes after 基本支出中 in their sentence are basic; without it the part is unknown', () => {
		expect(facts(SELF_EVAL + '基本支出中，工资福利支出280万元，商品和服务支出41万元，其中办公费5.2万元。\n')).toEqual([
			'spend.econ 280 2023 actual all_funds basic 301',
			'spend.econ 41 2023 actual all_funds basic 302',
			'spend.econ 5.2 2023 actual all_funds basic 30201'
		]);
		const r = run(SELF_EVAL + '工资福利支出280万元。\n');
		expect(r.lines).toEqual([]);
		expect(r.codes).toContain('econ_part_unknown');
	});

	it('登记信访事项 is the matters count', () => {
		expect(facts(SELF_EVAL + '全年登记信访事项2345件。\n')).toEqual(['petition.matters 2345 2023 actual -']);
	});
});

describe('staffing and petition counts as other provinces write them', () => {
	it('人员编制, 编外用工, 离退休人员', () => {
		expect(facts(FINAL + '本部门人员编制10名，其中行政编制8名、事业编制2名；年末实有在编人员9名，编外用工3人。离退休人员4人。\n')).toEqual([
			'staff.authorized 10 2023 actual -',
			'staff.authorized.administrative 8 2023 actual -',
			'staff.authorized.institutional 2 2023 actual -',
			'staff.actual 9 2023 actual -',
			'staff.temporary 3 2023 actual -',
			'staff.retired 4 2023 actual -'
		]);
	});

	it('部门人员编制 is the authorized count; 在岗 (at post, without those seconded out) is not read as staff in post', () => {
		expect(facts(FINAL + '部门人员编制20名，实际在岗18名，借调出2名。\n')).toEqual(['staff.authorized 20 2023 actual -']);
	});

	it('在编人员 is the actual count', () => {
		expect(facts(FINAL + '年末在编人员15人。\n')).toEqual(['staff.actual 15 2023 actual -']);
	});

	it('在职实有人数 is the actual count', () => {
		expect(facts(FINAL + '我局编制20人，在职实有人数23人。\n')).toEqual(['staff.authorized 20 2023 actual -', 'staff.actual 23 2023 actual -']);
	});

	it('办理网上信访 and 处理来信', () => {
		expect(facts(SELF_EVAL + '全年办理网上信访1520件，处理来信215件。\n')).toEqual([
			'petition.online 1520 2023 actual -',
			'petition.letters 215 2023 actual -'
		]);
	});

	it('items named after 人员经费 / 公用经费 are basic items of their classes; a later 其中 of 项目支出 is not theirs', () => {
		const r = run(
			FINAL + '2023年度基本支出300万元，其中：人员经费250万元，主要包括：基本工资100万元、津贴补贴80万元；公用经费50万元，主要包括：办公费10万元、差旅费5万元。项目支出20万元，其中信访业务支出20万元。\n'
		);
		expect(r.lines).toEqual([
			'spend.basic 300 2023 actual all_funds',
			'spend.basic.personnel 250 2023 actual all_funds',
			'spend.econ 100 2023 actual all_funds basic 30101',
			'spend.econ 80 2023 actual all_funds basic 30102',
			'spend.basic.public 50 2023 actual all_funds',
			'spend.econ 10 2023 actual all_funds basic 30201',
			'spend.econ 5 2023 actual all_funds basic 30211',
			'spend.project 20 2023 actual all_funds',
			'spend.project.item 20 2023 actual all_funds 信访业务支出'
		]);
		expect(r.codes).not.toContain('econ_item_unknown');
		expect(r.facts.find((f) => f.econ_code === '30102')!.src_text).toBe('津贴补贴80万元');
	});

	it('an item under 人员经费 whose code is of another class is left out', () => {
		expect(facts(FINAL + '人员经费250万元，其中：办公费10万元。\n')).toEqual(['spend.basic.personnel 250 2023 actual all_funds']);
	});

	it('an economic class followed by its share of 基本支出 is basic', () => {
		expect(facts(FINAL + '（一）工资福利支出250.1万元，占基本支出的80.6%；\n')).toEqual(['spend.econ 250.1 2023 actual all_funds basic 301']);
	});
});

describe('a "|" table whose rows start with a cell merged from the row above', () => {
	it('keeps that empty cell, so each value stays under its header (分值 is no amount)', () => {
		const table =
			'部门（单位）整体支出绩效自评表\n' +
			'年度预算资金（万元） | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分\n' +
			'| 年度资金总额 | 300.00 | 320.50 | 318.20 | 10 | 99.28% | 9.9\n' +
			'| 上年结转资金 | 0 | 0 | 0 | - | - | -\n\n';
		expect(facts(SELF_EVAL + table)).toEqual([
			'spend.total 300 2023 budget all_funds',
			'spend.total 320.5 2023 adjusted_budget all_funds',
			'spend.total 318.2 2023 actual all_funds'
		]);
	});
});

describe('a "|" 三公 table with a two-row header whose second row starts with empty cells', () => {
	it('reads each part under its own header (the table is not framed, so no empty cell is dropped)', () => {
		const table =
			'一般公共预算“三公”经费支出表\n单位：万元\n' +
			'合计 | 因公出国（境）费 | 公务用车购置及运行费 | | | 公务接待费\n' +
			' | | 小计 | 公务用车购置费 | 公务用车运行费 |\n' +
			'2.5 | 0 | 1.5 | 0 | 1.5 | 1\n\n说明。\n';
		expect(facts(BUDGET + table)).toEqual([
			'spend.three_public 2.5 2024 budget general_public_budget',
			'spend.three_public.overseas 0 2024 budget general_public_budget',
			'spend.three_public.vehicle 1.5 2024 budget general_public_budget',
			'spend.three_public.reception 1 2024 budget general_public_budget'
		]);
	});
});

describe('functional codes split over 类 | 款 | 项 cells', () => {
	it("join into one code, and each span starts at the row's 类 cell", () => {
		const table =
			'一般公共预算财政拨款支出决算表\n单位：万元\n' +
			'科目编码 | | | 科目名称 | 本年支出 | |\n' +
			'类 | 款 | 项 | | 合计 | 基本支出 | 项目支出\n' +
			'201 | | | 一般公共服务支出 | 425.29 | 300.1 | 125.19\n' +
			'201 | 03 | | 政府办公厅（室）及相关机构事务 | 425.29 | 300.1 | 125.19\n' +
			'201 | 03 | 08 | 信访事务 | 425.29 | 300.1 | 125.19\n\n说明。\n';
		const text = FINAL + table;
		const r = run(text);
		expect(r.lines).toEqual([
			'spend.func 425.29 2023 actual general_public_budget 201',
			'spend.func 425.29 2023 actual general_public_budget 20103',
			'spend.func 425.29 2023 actual general_public_budget 2010308'
		]);
		for (const f of r.facts) expect(f.src_text.startsWith('201 |')).toBe(true);
	});
});

describe('a 三公 table with its parts as rows and year columns beside a change column', () => {
	it('reads the 合计 row as the total, each year in its phase, and no change as a level', () => {
		const table =
			'“三公”经费支出决算表\n单位：万元\n' +
			'项目 | 2023年决算数 | 2022年决算数 | 增减额 | 增减率\n' +
			'合计 | 3.5 | 4.0 | -0.5 | -12.5%\n' +
			'公务接待费 | 1.4 | 1.5 | -0.1 | -6.7%\n\n说明。\n';
		expect(facts(FINAL + table)).toEqual([
			'spend.three_public 3.5 2023 actual all_funds',
			'spend.three_public 4 2022 prior_year all_funds',
			'spend.three_public.reception 1.4 2023 actual all_funds',
			'spend.three_public.reception 1.5 2022 prior_year all_funds'
		]);
	});

	it('economic codes split over 类 | 款 cells', () => {
		const table =
			'一般公共预算财政拨款基本支出决算表\n单位：万元\n科目编码 | | 科目名称 | 决算数\n类 | 款 | |\n' +
			'301 | | 工资福利支出 | 250\n301 | 01 | 基本工资 | 100\n\n说明。\n';
		expect(facts(FINAL + table)).toEqual([
			'spend.econ 250 2023 actual general_public_budget basic 301',
			'spend.econ 100 2023 actual general_public_budget basic 30101'
		]);
	});
});

describe('分别为 lists: names, then as many amounts', () => {
	it('pairs each name with its amount, in order', () => {
		expect(facts(FINAL + '2023年基本支出、项目支出分别为312.45万元、202.88万元。人员经费和公用经费分别为280.15万元和30.07万元。\n')).toEqual([
			'spend.basic 312.45 2023 actual all_funds',
			'spend.project 202.88 2023 actual all_funds',
			'spend.basic.personnel 280.15 2023 actual all_funds',
			'spend.basic.public 30.07 2023 actual all_funds'
		]);
	});

	it('leaves a list out when a name is no metric or the amounts fall short', () => {
		const r = run(FINAL + '基本支出、其他支出分别为312.45万元、2万元。基本支出、项目支出分别为312.45万元。\n');
		expect(r.lines).toEqual([]);
		expect(r.codes.filter((c) => c === 'list_unclear')).toHaveLength(2);
	});

	it('a list of changes is no list of levels', () => {
		expect(facts(FINAL + '基本支出、项目支出分别比上年增加10万元、5万元。\n')).toEqual([]);
	});
});

describe('visits written in 人次 alone', () => {
	it('are the persons count; leaders’ receptions and hospitality in 人次 stay out', () => {
		expect(facts(SELF_EVAL + '全年共接待群众来访1032人次。县级领导接待来访群众86人次。公务接待来访人员20人次。\n')).toEqual([
			'petition.visits.persons 1032 2023 actual -'
		]);
	});
});

describe('counts written in 万 (city and province reports)', () => {
	it('1.2万件 is 12,000 件 and 2.3万人次 23,000 人次, the span holding the number as written', () => {
		const text = SELF_EVAL + '全年受理群众信访事项1.2万件，其中来信0.35万件；接待群众来访2.3万人次，办理网上信访1.15万件。\n';
		expect(facts(text)).toEqual([
			'petition.matters 12000 2023 actual -',
			'petition.letters 3500 2023 actual -',
			'petition.visits.persons 23000 2023 actual -',
			'petition.online 11500 2023 actual -'
		]);
		spanHolds(text, 'petition.online', '1.15万件');
	});

	it('an approximate count (3万余件) and a population in 万 are no facts; 万元 stays an amount', () => {
		expect(facts(SELF_EVAL + '全年受理信访事项3万余件。辖区人口45万人。\n')).toEqual([]);
		expect(facts(FINAL + '2023年基本支出1.2万元。\n')).toEqual(['spend.basic 1.2 2023 actual all_funds']);
	});
});

describe('registered visits to Beijing and the province as counties write them', () => {
	it('进京上访登记, 到省上访登记 and 到京走访登记 are national and provincial registered visits', () => {
		expect(facts(SELF_EVAL + '全年进京上访登记12批15人次，到省上访登记34批56人次。\n')).toEqual([
			'petition.national_visits.batches 12 2023 actual -',
			'petition.national_visits.persons 15 2023 actual -',
			'petition.provincial_visits.batches 34 2023 actual -',
			'petition.provincial_visits.persons 56 2023 actual -'
		]);
	});

	it('国家信访局登记进京上访 and 省信访局登记赴省上访: the bureau that registered them named first', () => {
		expect(facts(SELF_EVAL + '国家信访局登记进京上访12批15人次，省信访局登记赴省上访30批45人次。\n')).toEqual([
			'petition.national_visits.batches 12 2023 actual -',
			'petition.national_visits.persons 15 2023 actual -',
			'petition.provincial_visits.batches 30 2023 actual -',
			'petition.provincial_visits.persons 45 2023 actual -'
		]);
	});

	it('disputes counted in 起 and letters in 封 are counts in 件; 起 after a date is no count', () => {
		const text = SELF_EVAL + '全区共排查各类矛盾纠纷856起，调处化解830起。受理群众来信78封。本办法自2023年1月1日起施行，发生群体性事件3起。\n';
		expect(facts(text)).toEqual([
			'petition.disputes_screened 856 2023 actual -',
			'petition.disputes_resolved 830 2023 actual -',
			'petition.letters 78 2023 actual -'
		]);
		expect(extractReport(text).facts.map((f) => f.unit)).toEqual(['件', '件', '件']);
		spanHolds(text, 'petition.letters', '78封');
	});

	it('进京上访 with no word of registration is not read as registered visits', () => {
		expect(facts(SELF_EVAL + '全年进京上访12批15人次。\n')).toEqual([]);
	});
});
