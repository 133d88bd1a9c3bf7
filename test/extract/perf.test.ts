import { describe, expect, it } from 'vitest';
import { makeContext } from '../../src/lib/extract/context.ts';
import { perfFacts } from '../../src/lib/extract/perf.ts';

const run = (text: string) => perfFacts(makeContext(text, 2023)).map((f) => f.value);

describe('perfFacts', () => {
	it('reads the overall score', () => {
		expect(run('根据部门整体支出绩效自评评分（详见附件2），得分88分，部门整体支出绩效为“良”。')).toEqual([88]);
		expect(run('按照部门整体支出绩效评价指标体系对照打分得出结果为100分，等级为优秀。')).toEqual([100]);
	});

	it('passes over weights, thresholds and indicator scores', () => {
		expect(run('说明：1.分值设定100分，其中预算执行率10分、产出指标50分。2.综合评价等级分为优秀（大于90分）、良好（80-90分）。')).toEqual([]);
		expect(run('部门整体支出绩效自评中，产出指标得分45分。')).toEqual([]);
	});
});
