// The overall performance score of a self-evaluation (得分88分, 得出结果为100分). Indicator
// weights (分值设定100分, 绩效指标（90分）), grade thresholds (大于90分) and the scores of single
// indicators or projects are not the overall score.
import { labelAt, withUnits, yearAndPhase, type Context } from './context.ts';
import { makeFact } from './facts.ts';
import { sentenceEnd, sentenceStart } from './sentences.ts';
import type { Fact } from './types.ts';

const SCORE_LABEL = /(?:得分|总得分|综合得分|自评得分|评价得分|评分结果|结果)(?:为|是|达)?$/;
const OVERALL = /整体支出绩效|绩效自评|自评|绩效评价|总分|综合得分/;

export function perfFacts(ctx: Context): Fact[] {
	const out: Fact[] = [];
	withUnits(ctx, ['分']).forEach((i) => {
		const tok = ctx.numbers[i]!;
		if (tok.unit !== '分' || tok.rangeEnd || tok.rangeStart || tok.value > 100) return;
		const label = labelAt(ctx, i);
		if (!SCORE_LABEL.test(label.subject) || /指标.{0,4}$|分值|权重|满分/.test(label.raw)) return;
		const sentence = ctx.text.slice(sentenceStart(ctx.text, tok.start), sentenceEnd(ctx.text, tok.start));
		if (!OVERALL.test(sentence) || (/项目/.test(sentence) && !/整体/.test(sentence))) return;
		const yp = yearAndPhase(ctx, label, false);
		if (!yp || yp.phase !== 'actual') return;
		out.push(
			makeFact(ctx.text, { metric: 'perf.score', value: tok.value, unit: '分', ...yp, src_start: label.start, src_end: tok.unitEnd, rule: 'sentence.perf.score' })
		);
	});
	return out;
}
