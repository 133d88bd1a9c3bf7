// The words written before a number in its clause ("2021年基本支出" in "2021年基本支出112.38万元"),
// split into what they say: the year, the fund scope, the phase, whether the number is a change
// rather than a level, and the subject that is left once those are taken off.
import { charSet, DIGIT as DIGIT_, digitsToInt, SPACE as SPACE_ } from './chars.ts';
import type { NumberToken } from './numbers.ts';
import { clauseStart, SENTENCE_BREAK as SENTENCE_BREAK_, sentenceStart, trimStart } from './sentences.ts';
import type { Phase } from './types.ts';
// module-local aliases: the scans below read these per character, and a local binding
// is cheaper than an imported one when modules are loaded unbundled (tsx, ingest)
const DIGIT = DIGIT_;
const SPACE = SPACE_;
const SENTENCE_BREAK = SENTENCE_BREAK_;

export interface Label {
	/** Offset of the first visible character of the label. */
	start: number;
	/** The label as written. */
	raw: string;
	/** The subject once years, self-references, list markers and fund words are taken off. */
	subject: string;
	year: number | null;
	/** The label itself says 一般公共预算 or 财政拨款. */
	gpb: boolean;
	phase: Phase;
	/** A change against another year or the budget (较上年减少, 增加), not a level. */
	delta: boolean;
	/** A share or a rate (占…的, 完成…的). */
	share: boolean;
	/** A target or a bound (目标值：…, 不低于, ≥, …以上), not what happened. */
	target: boolean;
}

const PREFIXES: RegExp[] = [
	/^[\s\u3000]+/,
	// conversion leftovers such as "[bookmark: _GoBack]"
	/^[A-Za-z_\[\]]+(?=[\u4e00-\u9fa5\s])/,
	/^[，,：:；;、]/,
	/^(?:[0-9０-９]{1,2}\s*[、.．](?![0-9０-９])|[（(][一二三四五六七八九十0-9０-９]{1,2}[）)]|[一二三四五六七八九十]+[、.．])/,
	/^(?:截至|截止|到|至)/,
	/^[0-9０-９]{4}\s*年(?:度)?(?:末|底|初)?/,
	/^(?:本年度|本年|当年|全年|年末|年底|年度|本期)/,
	/^(?:我局|我部门|本部门|我单位|本单位|本局|全局|我办|本办|我委|本委|局本级)/,
	/^(?:其中|另外|另)/,
	/^(?:基本支出中|支出中)/,
	// the fund, and 安排的 after it ("一般公共预算拨款安排的“三公”经费预算")
	/^(?:一般公共预算(?:财政)?(?:拨款)?|财政拨款)(?:安排的?)?/,
	/^决算(?=总支出)/
];

const YEAR = /([0-9０-９]{4})\s*年/;
const DELTA = /较|比上年|比去年|比年初|同比|与上年|增加|减少|增长|下降|上升|降低|节约|节支|追加|调增|调减|增减|超支|结余|结转/;
const SHARE = /占|完成|执行率|比重|比例/;
/** Words that make the figure after them a bound rather than a value. */
const BOUND = /不低于|不少于|不高于|不超过|低于|高于|少于|控制在|力争|[≥≤＞＜><]/;
/** A sentence that states targets ("目标值：", "年度目标：") until it turns to what was done. */
const TARGET_HEAD = /目标值|指标值|目标[：:为是]|计划(?:数|值)?[：:为]|预期(?:目标|值)/g;
const DONE = /实际|完成值|实现值|完成情况|已完成|实现了/;
const BOUND_AFTER = /^[\s\u3000]*(?:以上|以下|以内|左右)/;
/** Every word that gpb, phaseOf, DELTA or SHARE looks for holds one of these. */
const FLAG_WORDS = /较|比|增|减|下降|上升|降低|节约|节支|追加|调|超支|结余|结转|占|完成|执行率|财政拨款|预算|上年|去年|上一年/;
const OTHER_BUDGET = /一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算/g;

const NIAN = '年'.charCodeAt(0);
const YUE = '月'.charCodeAt(0);
/** 比, 较, 与 (and so 同比, 相比, 对比): a year compared against, not the year of the figure. */
const COMPARED = charSet('比较与');

/** A date (年 followed by 1-2 digits and 月) seen from just after 年, not looking past `to`. */
function monthAfter(text: string, k: number, to: number): boolean {
	while (k < to && SPACE[text.charCodeAt(k) | 0]) k++;
	for (let digits = 1; digits <= 2; digits++) {
		let j = k;
		for (let d = 0; d < digits; d++, j++) if (j >= to || !DIGIT[text.charCodeAt(j) | 0]) return false;
		while (j < to && SPACE[text.charCodeAt(j) | 0]) j++;
		if (j < to && text.charCodeAt(j) === YUE) return true;
	}
	return false;
}

/** The last year the words from..to of a sentence name before a clause ("2023年全区信访总量…，
 * 其中来信320件"): the clause is about that year too. Years compared against (同比2019年) and
 * dates (2024年3月) do not count. Reads the text in place, from the end. */
function sentenceYear(text: string, from: number, to: number): number | null {
	for (let p = to - 1; p >= from; p--) {
		if (text.charCodeAt(p) !== NIAN) continue;
		let k = p - 1;
		while (k >= from && SPACE[text.charCodeAt(k) | 0]) k--;
		const at = k - 3;
		if (at < from || !DIGIT[text.charCodeAt(k) | 0] || !DIGIT[text.charCodeAt(k - 1) | 0] || !DIGIT[text.charCodeAt(k - 2) | 0] || !DIGIT[text.charCodeAt(at) | 0])
			continue;
		if (monthAfter(text, p + 1, to)) continue;
		const lo = Math.max(from, at - 3);
		let e = at - 1;
		while (e >= lo && SPACE[text.charCodeAt(e) | 0]) e--;
		if (e >= lo && COMPARED[text.charCodeAt(e) | 0]) continue;
		return digitsToInt(text.slice(at, at + 4));
	}
	return null;
}

/** Words after a whole that say its parts follow: 其中, 主要用于, (主要)包括. */
export const PARTS_FOLLOW = /其中|主要用于|包括/;

/** A project item's name as the fixtures write it: "…经费支出" is the item "…经费". */
export function projectItemName(label: string): string {
	return label.endsWith('经费支出') ? label.slice(0, -2) : label;
}

export function phaseOf(words: string): Phase {
	const w = words.includes('预算') ? words.replace(OTHER_BUDGET, '') : words;
	if (/调整后|调整预算|全年预算/.test(w)) return 'adjusted_budget';
	if (/预算/.test(w) && !/决算/.test(w)) return 'budget';
	if (/上年|去年|上一年/.test(w)) return 'prior_year';
	return 'actual';
}

// At most one of the prefixes matches at any point, so one alternation applied until none
// matches strips what applying each in turn would.
const PREFIX = new RegExp('^(?:' + PREFIXES.map((re) => re.source.slice(1)).join('|') + ')');

export function stripPrefixes(s: string): string {
	let rest = s;
	for (let m = PREFIX.exec(rest); m !== null && m[0].length > 0; m = PREFIX.exec(rest)) rest = rest.slice(m[0].length);
	return rest;
}

/** The label of numbers[index]: its clause up to the number, cut after any earlier amount or
 * count in the same clause. */
export function labelOf(text: string, numbers: NumberToken[], index: number): Label {
	const tok = numbers[index]!;
	let start = clauseStart(text, tok.start);
	for (let k = index - 1; k >= 0; k--) {
		const prev = numbers[k]!;
		if (prev.unitEnd <= start) break;
		if (prev.unit !== null) {
			start = Math.max(start, prev.unitEnd);
			break;
		}
	}
	start = trimStart(text, start, tok.start);
	if (JUNK_START[text.charCodeAt(start) | 0]) {
		const junk = /^[A-Za-z_[\]]+(?=[\u4e00-\u9fa5])/.exec(text.slice(start, tok.start));
		if (junk) start += junk[0].length;
	}
	return new SentenceLabel(text, tok, start, text.slice(start, tok.start));
}

/** A label whose year and target, which read the sentence before it, are worked out when first
 * asked for: rules ask only of the figures they would take. */
class SentenceLabel implements Label {
	readonly subject: string;
	readonly gpb: boolean;
	readonly phase: Phase;
	readonly delta: boolean;
	readonly share: boolean;
	// plain fields, not #private ones: a label is made per figure and these are set faster
	private from = -1;
	private yearRead: number | null | undefined = undefined;
	private targetRead: boolean | undefined = undefined;

	constructor(
		private readonly text: string,
		private readonly tok: NumberToken,
		readonly start: number,
		readonly raw: string
	) {
		// most numbers of a report are table cells with no words before them in their cell: an
		// empty label says nothing, and no pattern need be tried on it
		this.subject = raw === '' ? '' : trimEnd(stripPrefixes(raw));
		// most labels hold none of the words of scope, phase, change or share: one test says so
		const plain = raw === '' || !FLAG_WORDS.test(raw);
		this.gpb = !plain && /一般公共预算|财政拨款/.test(raw);
		this.phase = plain ? 'actual' : phaseOf(raw);
		this.delta = !plain && DELTA.test(raw);
		this.share = !plain && SHARE.test(raw);
	}

	private sentence(): number {
		return this.from >= 0 ? this.from : (this.from = sentenceStart(this.text, this.start));
	}

	get year(): number | null {
		if (this.yearRead === undefined) {
			const y = YEAR.exec(this.raw);
			this.yearRead = y ? digitsToInt(y[1]!) : sentenceYear(this.text, this.sentence(), this.start);
		}
		return this.yearRead;
	}

	get target(): boolean {
		const { text, tok, raw } = this;
		return (this.targetRead ??=
			BOUND.test(raw) || BOUND_AFTER.test(text.slice(tok.unitEnd, tok.unitEnd + 4)) || this.targetWordBefore());
	}

	/** A target word (目标, 指标, 计划, 预期) between the sentence start and the figure, read in one
	 * scan back that also finds the sentence start. */
	private targetWordBefore(): boolean {
		const { text, tok } = this;
		const to = tok.start;
		// the last scan went back from the figure before to its sentence start: when this one
		// reaches that figure with no sentence break between, the rest is known (a sentence of
		// many figures was scanned again from its start for each)
		const stop = text === scanned.text && scanned.to >= 0 && scanned.to <= to ? scanned.to - 1 : -1;
		let found = false;
		let from = -1;
		let i = to - 1;
		for (; i >= 0; i--) {
			const c = text.charCodeAt(i);
			if (SENTENCE_BREAK[c]) break;
			if (!found && i <= to - 2 && isTargetWord(c, text.charCodeAt(i + 1))) found = true;
			if (i === stop) {
				from = scanned.from;
				found ||= scanned.found;
				break;
			}
		}
		if (from < 0) from = i + 1;
		scanned.text = text;
		scanned.from = from;
		scanned.to = to;
		scanned.found = found;
		this.from = from;
		return found && isTarget(text.slice(from, to));
	}
}

/** The last scan of targetWordBefore: its sentence start, the figure it scanned back from and
 * whether it met a target word. */
const scanned = { text: '', from: 0, to: -1, found: false };

const JUNK_START = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_[]');
const [MU, ZHI, JI, YU, BIAO, HUA, QI] = [...'目指计预标划期'].map((c) => c.charCodeAt(0));

/** Every TARGET_HEAD starts with 目标, 指标, 计划 or 预期. */
function isTargetWord(c: number, d: number): boolean {
	return ((c === MU || c === ZHI) && d === BIAO) || (c === JI && d === HUA) || (c === YU && d === QI);
}

function trimEnd(s: string): string {
	return SPACE[s.charCodeAt(s.length - 1) | 0] ? s.replace(/[\s\u3000]+$/, '') : s;
}

/** The words before a figure set a target and do not turn to what was done after it. */
function isTarget(before: string): boolean {
	let last = -1;
	for (const m of before.matchAll(TARGET_HEAD)) last = m.index + m[0].length;
	return last >= 0 && !DONE.test(before.slice(last));
}
