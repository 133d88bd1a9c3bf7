// Petition volume (批, 人次, 件) and petition rates (%). Volumes are read only after the words that
// name them at the start of their clause, so leaders' receptions (县级领导共接待来访), official
// hospitality (接待来访团组) and sub-counts with no id (领导信箱, 网上投诉) are never volume.
import { clauseHolds, labelAt, periodOrWarn, withUnits, warn, yearAndPhase, type Context } from './context.ts';
import { makeFact } from './facts.ts';
import type { Label } from './label.ts';
import type { NumberToken } from './numbers.ts';
import { sentenceEnd, sentenceStart } from './sentences.ts';
import type { Fact } from './types.ts';

/** Volumes named at the start of a clause; batches may be followed at once by persons (58批140人次). */
const VOLUMES: [RegExp, string, string | null][] = [
	[/^(?:全年)?(?:共|累计)?(?:登记)?(?:受理|办理)?(?:群众)?(?:信访(?:总量|总数|量|件|案件)?|来信来访(?:总量|总数|量)?)(?:为|共|达)?$/, 'petition.total', null],
	[/^(?:全年)?(?:共|累计)?(?:收到|受理|处理|办理)?(?:群众)?来信(?:总量|数量)?(?:共|为)?$/, 'petition.letters', null],
	[/^(?:全年)?(?:共|累计)?(?:接待)?(?:群众)?来访(?:群众)?(?:总量)?(?:共|为)?$/, 'petition.visits.batches', 'petition.visits.persons'],
	// registered by the national (provincial) bureau: 进京上访登记, 国家信访局登记进京上访
	[/^(?:国家信访局|国家级|进京|赴京|到?京)(?:走访|上访|来访)?登记$|^国家信访局登记(?:的)?(?:进京|赴京|到京)?(?:走访|上访|来访)$/, 'petition.national_visits.batches', 'petition.national_visits.persons'],
	[/^(?:省信访局|省级|赴省|进省|到?省)(?:走访|上访|来访)?登记$|^省信访局登记(?:的)?(?:赴省|进省|到省)?(?:走访|上访|来访)$/, 'petition.provincial_visits.batches', 'petition.provincial_visits.persons'],
	[/^(?:全年)?(?:共|累计)?(?:受理|办理|处理)?网上信访(?:量|总量|事项)?(?:共|为)?$/, 'petition.online', null],
	[/^(?:全年)?(?:共|累计)?(?:登记)?(?:受理|办理|反映)?(?:群众)?信访事项(?:共|为)?$/, 'petition.matters', null],
	[/^(?:全年)?(?:共)?排查(?:出)?(?:各类)?矛盾纠纷(?:共|为)?$/, 'petition.disputes_screened', null]
];

/** A rate's label names one of these; a volume's (VOLUMES, RESOLVED) one of the others. */
const RATE_WORDS = /信访|受理|答复|化解|办结|参评|满意/;
const VOLUME_WORDS = /信访|来信|来访|登记|矛盾纠纷|化解/;
const PETITION_UNITS = ['%', '批', '件', '件次', '人次', '起', '封'] as const;
/** Cases written in 起 (矛盾纠纷856起) and letters in 封 (来信78封): counted in 件, their metrics' unit. */
const IN_JIAN: Record<string, (metric: string) => boolean> = {
	起: (m) => m === 'petition.disputes_screened' || m === 'petition.matters',
	封: (m) => m === 'petition.letters'
};
const RESOLVED = /^(?:及时)?(?:处理|调处|成功)?化解$/;
/** Official hospitality (公务接待 批次/人次, 来访团组, 来宾) anywhere in the sentence. */
const HOSPITALITY = /公务接待|接待费|团组|来宾|外事接待/;
/** Leaders' receptions (县领导坐班接访，共接待来访…) in the words since the last figure. */
const LEADERS = /领导.{0,8}(?:接访|接待|下访|约访|坐班|包案)/;

/** "及时受理率、按期答复率" -> two names; "申诉、求决信访程序一次性化解率" stays one. */
function rateNames(s: string): string[] {
	const out: string[] = [];
	let cur = '';
	for (const part of s.split('、')) {
		cur = cur ? `${cur}、${part}` : part;
		if (/率$|办结后重复信访$/.test(cur)) {
			out.push(cur);
			cur = '';
		}
	}
	if (cur) out.push(cur);
	return out;
}

const rateMetrics = new Map<string, string>();

/** petition.rate.<id>, one string per id (a string built anew is hashed anew wherever it is a key). */
function rateMetric(id: string): string {
	let m = rateMetrics.get(id);
	if (m === undefined) rateMetrics.set(id, (m = `petition.rate.${id}`));
	return m;
}

/** Rate names -> the ids of the seed fixtures (SEEDS.md notes). */
export function rateId(name: string, sentence: string): string | null {
	const n = name.replace(/^(?:其中|全年|年度)/, '');
	const national = /国家信访局/.test(n);
	if (/一次性化解率$/.test(n)) {
		if (national) return /来信/.test(n) ? 'national_first_letter_one_off_resolution' : /网上/.test(n) ? 'national_first_online_one_off_resolution' : null;
		return /初次|初信初访/.test(n) ? 'first_time_one_off_resolution' : 'one_off_resolution';
	}
	if (/及时受理率$/.test(n)) return /责任单位/.test(n) ? 'timely_acceptance_responsible_units' : 'timely_acceptance';
	if (/按期答复率$/.test(n)) return 'on_time_reply';
	if (/按期办结率$/.test(n)) return 'on_time_completion';
	if (/参评满意率$|群众满意率$|^满意率$/.test(n)) return 'satisfaction';
	if (/参评率$/.test(n)) return 'participation';
	if (national && /来信重复率$/.test(n)) return 'national_letter_repeat';
	if (/办结后重复信访(?:率)?$/.test(n)) return 'repeat_after_closure';
	if (/交办/.test(sentence) || /交办件/.test(n)) {
		if (/化解率$/.test(n)) return 'assigned_resolution';
		if (/再次信访率$/.test(n)) return 'assigned_repeat';
		if (/办结率$/.test(n)) return 'assigned_completion';
	}
	if (/专项工作办结率$/.test(n)) return 'assigned_completion';
	return null;
}

function fact(ctx: Context, metric: string, unit: string, tok: NumberToken, label: Label, start: number): Fact | null {
	const yp = yearAndPhase(ctx, label, false);
	if (!yp || yp.phase !== 'actual') {
		warn(ctx, 'other_year', `${label.raw}${tok.raw}: a count for another year, left out`, start, tok.unitEnd);
		return null;
	}
	const period = periodOrWarn(ctx, tok.start, tok.unitEnd, yp.fiscal_year);
	if (period === undefined) return null;
	return makeFact(ctx.text, { metric, value: tok.value, unit, ...yp, period, src_start: start, src_end: tok.unitEnd, rule: 'sentence.' + metric });
}

export function petitionFacts(ctx: Context): Fact[] {
	const out: Fact[] = [];
	let lastCount: { metric: string; sentence: number } | null = null;
	withUnits(ctx, PETITION_UNITS).forEach((i) => {
		const tok = ctx.numbers[i]!;
		if (tok.rangeEnd || tok.rangeStart) return;
		if (!clauseHolds(ctx, i, tok.unit === '%' ? RATE_WORDS : VOLUME_WORDS)) return;
		const label = labelAt(ctx, i);
		if (label.delta || label.share) return;
		const subject = label.subject.startsWith('全') ? label.subject.replace(/^全[区县市省州旗盟]/, '') : label.subject;
		if (tok.unit === '%') {
			if (!RATE_WORDS.test(label.raw)) return;
			const names = rateNames(label.subject.replace(/(?:均为|为|是|达到?)$/, ''));
			if (!names.some((n) => /率$|重复信访$/.test(n)) || label.target) return;
			const sentence = ctx.text.slice(sentenceStart(ctx.text, tok.start), sentenceEnd(ctx.text, tok.start));
			for (const name of names) {
				const id = rateId(name, sentence);
				if (!id) {
					warn(ctx, 'rate_unknown', `${name}: a rate with no id, left out`, label.start, tok.unitEnd);
					continue;
				}
				const f = fact(ctx, rateMetric(id), '%', tok, label, label.start);
				if (f) out.push(f);
			}
			return;
		}
		if (!Number.isInteger(tok.value)) return;
		const sent = sentenceStart(ctx.text, tok.start);
		const found = VOLUMES.find(([re]) => re.test(subject));
		const inJian = IN_JIAN[tok.unit!];
		if (found && (tok.unit === '批' || tok.unit === '件' || tok.unit === '件次' || tok.unit === '人次' || inJian)) {
			if (label.target) return;
			// visits written in 人次 alone (接待群众来访1032人次) are the persons count
			const [, batches, persons] = found;
			const metric = persons && tok.unit === '人次' ? persons : batches;
			if (inJian && !inJian(metric)) return;
			const sentence = ctx.text.slice(sent, sentenceEnd(ctx.text, tok.unitEnd));
			if (HOSPITALITY.test(sentence)) {
				warn(ctx, 'hospitality', `${label.raw}${tok.raw}: official hospitality, not petitions; left out`, label.start, tok.unitEnd);
				return;
			}
			const prev = i > 0 && ctx.numbers[i - 1]!.unitEnd > sent ? ctx.numbers[i - 1]!.unitEnd : sent;
			if (LEADERS.test(ctx.text.slice(prev, tok.start))) {
				warn(ctx, 'leader_reception', `${label.raw}${tok.raw}: leaders' receptions, not the petition volume; left out`, label.start, tok.unitEnd);
				return;
			}
			const unit = metric === 'petition.total' ? (tok.unit === '批' ? '批' : '件次') : inJian ? '件' : tok.unit!;
			if (persons && metric === batches && tok.unit !== '批') return;
			const f = fact(ctx, metric, unit, tok, label, label.start);
			if (f) out.push(f);
			lastCount = { metric, sentence: sent };
			const next = ctx.numbers[i + 1];
			if (persons && metric === batches && next && next.unit === '人次' && /^[\s\u3000、，,]*$/.test(ctx.text.slice(tok.unitEnd, next.start))) {
				const p = fact(ctx, persons, '人次', next, label, label.start);
				if (p) out.push(p);
			}
			return;
		}
		if ((tok.unit === '件' || tok.unit === '起') && RESOLVED.test(subject) && lastCount?.sentence === sent && !label.target) {
			const metric =
				lastCount.metric === 'petition.matters' ? 'petition.resolved' : lastCount.metric === 'petition.disputes_screened' ? 'petition.disputes_resolved' : null;
			const f = metric ? fact(ctx, metric, '件', tok, label, label.start) : null;
			if (f) out.push(f);
		}
	});
	return out;
}
