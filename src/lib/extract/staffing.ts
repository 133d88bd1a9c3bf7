// Staffing counts (人): authorized posts and their kinds, actual staff, retirees, temporary staff.
// Counts of another unit (an affiliated centre's 编制), of a whole system (全县), and actual counts
// that include retirees are left out with a warning.
import { clauseHolds, labelAt, withUnits, warn, yearAndPhase, type Context } from './context.ts';
import { makeFact } from './facts.ts';
import type { Label } from './label.ts';
import { sentenceEnd, sentenceStart } from './sentences.ts';
import type { Fact } from './types.ts';

const HEADS: [string, RegExp][] = [
	['staff.authorized', /^(?:部门)?(?:共有|核定|现有)?(?:核定)?(?:人员)?编制(?:人数|数|总数)?(?:共|为|共计|合计)?$/],
	['staff.actual', /^(?:共有|现有)?(?:实有(?:在职|在编)?|在职实有|实际在职|在职在编|在职|在编)(?:人员|人数|职工)?数?(?:共|为|共计)?$/],
	['staff.retired', /^(?:离)?退休(?:人员|职工|干部|人数)?(?:共|为)?$/],
	['staff.temporary', /^(?:临聘|临时聘用|编外聘用|编外)(?:用工|人员)?(?:人数)?(?:共|为)?$/]
];

const KINDS: [string, RegExp][] = [
	['staff.authorized.administrative', /^(?:核定)?(?:行政|公务员|机关行政)编制(?:人数|数)?(?:为)?$/],
	['staff.authorized.institutional', /^(?:核定)?(?:事业|参公事业)编制(?:人数|数)?(?:为)?$/],
	['staff.authorized.worker', /^(?:核定)?(?:工勤(?:人员)?|机关工勤)编制(?:人数|数)?(?:为)?$/]
];

/** Every HEADS and KINDS subject holds one of these. */
const STAFF_WORDS = /编制|在职|实有|在编|退休|临聘|临时聘用|编外/;
const OTHER_UNIT = /事业单位|中心|所属|下属|下设|直属|全[县市区省州旗盟]|系统/;
const RETIRED = /退休|离休/;

function classify(subject: string, table: [string, RegExp][]): string | null {
	for (const [metric, re] of table) if (re.test(subject)) return metric;
	return null;
}

/** An actual-staff count followed by 其中 parts: does it count the retirees it lists? */
function includesRetirees(ctx: Context, index: number, sentEnd: number): boolean | null {
	const tok = ctx.numbers[index]!;
	const after = ctx.text.slice(tok.unitEnd, sentEnd);
	if (/^[（(]?\s*(?:含|包括)[^，。；]*(?:退休|离休)/.test(after)) return true;
	if (!/^[，,：:\s]*(?:其中|[（(])/.test(after)) return false;
	let others = 0;
	let retired = 0;
	for (let k = index + 1; k < ctx.numbers.length; k++) {
		const t = ctx.numbers[k]!;
		if (t.start >= sentEnd) break;
		if (t.unit !== '人') continue;
		const l = labelAt(ctx, k);
		if (RETIRED.test(l.raw)) retired += t.value;
		else others += t.value;
	}
	if (retired === 0) return false;
	if (others === tok.value) return false;
	if (others + retired === tok.value) return true;
	return null;
}

export function staffingFacts(ctx: Context): Fact[] {
	const out: Fact[] = [];
	let head: { metric: string; sentence: number } | null = null;
	let kindSentence = -1;
	withUnits(ctx, ['人']).forEach((i) => {
		const tok = ctx.numbers[i]!;
		if (tok.unit !== '人' || !Number.isInteger(tok.value) || tok.rangeEnd || tok.rangeStart) return;
		if (!clauseHolds(ctx, i, STAFF_WORDS)) return;
		const label: Label = labelAt(ctx, i);
		if (label.delta || label.share) return;
		const sent = sentenceStart(ctx.text, tok.start);
		const headMetric = classify(label.subject, HEADS);
		const kindMetric = headMetric ? null : classify(label.subject, KINDS);
		const metric = headMetric ?? kindMetric;
		if (!metric || label.target) return;
		if (OTHER_UNIT.test(ctx.text.slice(sent, tok.start))) {
			warn(ctx, 'staff_other_unit', `${label.raw}${tok.raw}: a count of another unit or a whole system, left out`, label.start, tok.unitEnd);
			return;
		}
		const underAuthorized = head !== null && head.metric === 'staff.authorized' && head.sentence === sent;
		const inKindList = kindSentence === sent;
		if (kindMetric && !underAuthorized && !inKindList && !/核定/.test(label.raw)) {
			warn(ctx, 'staff_kind_unsure', `${label.raw}${tok.raw}: not a part of a stated 编制 total, left out`, label.start, tok.unitEnd);
			return;
		}
		if (metric === 'staff.actual' && !/在职|在编/.test(label.raw)) {
			const incl = includesRetirees(ctx, i, sentenceEnd(ctx.text, tok.unitEnd));
			if (incl !== false) {
				warn(ctx, 'staff_actual_with_retirees', `${label.raw}${tok.raw}: may include retirees, left out`, label.start, tok.unitEnd);
				return;
			}
		}
		if (headMetric) head = { metric: headMetric, sentence: sent };
		if (kindMetric) kindSentence = sent;
		const yp = yearAndPhase(ctx, label, false);
		if (!yp) return;
		out.push(
			makeFact(ctx.text, {
				metric,
				value: tok.value,
				unit: '人',
				...yp,
				src_start: label.start,
				src_end: tok.unitEnd,
				rule: 'staffing.' + metric.slice('staff.'.length)
			})
		);
	});
	return out;
}
