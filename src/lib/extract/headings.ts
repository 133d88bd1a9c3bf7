// Section headings and the fund scope they put on the figures beneath them: a figure under
// "二、一般公共预算支出情况" is general_public_budget even when its own sentence does not say so.
import { SPACE as SPACE_ } from './chars.ts';
import { Lines } from './lines.ts';
import { firstNotBefore } from './search.ts';
import type { Part, Scope } from './types.ts';
// module-local aliases: the scans below read these per character, and a local binding
// is cheaper than an imported one when modules are loaded unbundled (tsx, ingest)
const SPACE = SPACE_;

export interface Heading {
	start: number;
	end: number;
	level: number;
	text: string;
}

type Marker = [RegExp, number];
const PART: Marker = [/^第[一二三四五六七八九十]+部分/, 0];
const NUMERAL: Marker = [/^[一二三四五六七八九十]+[、.．]/, 1];
const NUMERAL_BRACKET: Marker = [/^[（(][一二三四五六七八九十]+[）)]/, 2];
const DIGITS: Marker = [/^[0-9０-９]{1,2}\s*[、.．](?![0-9０-９])/, 3];
const DIGIT_BRACKET: Marker = [/^[（(][0-9０-９]{1,2}[）)]/, 4];

/** The markers a line can open with, by its first character: a table's value cells (12.50) start
 * with a digit and are tried against one marker, not five. */
const MARKERS_BY_START = new Map<number, Marker[]>();
const STARTS: [string, Marker[]][] = [
	['第', [PART]],
	['一二三四五六七八九十', [NUMERAL]],
	['（(', [NUMERAL_BRACKET, DIGIT_BRACKET]],
	['0123456789０１２３４５６７８９', [DIGITS]]
];
for (const [chars, markers] of STARTS) for (const ch of chars) MARKERS_BY_START.set(ch.charCodeAt(0), markers);

/** A heading is a short numbered line with no amount in it. */
export function findHeadings(text: string, lines: Lines = new Lines(text)): Heading[] {
	const out: Heading[] = [];
	for (let k = 0; k < lines.length; k++) {
		const end = lines.end[k]!;
		let a = lines.start[k]!;
		while (a < end && SPACE[text.charCodeAt(a) | 0]) a++;
		let b = end;
		while (b > a && SPACE[text.charCodeAt(b - 1) | 0]) b--;
		const markers = b > a && b - a <= 40 ? MARKERS_BY_START.get(text.charCodeAt(a)) : undefined;
		if (markers !== undefined) {
			const body = text.slice(a, b);
			// an amount ends in 元: most headings hold none, and the includes spares them the regex
			if (!body.includes('元') || !/[0-9０-９.]+\s*(万元|元|亿元)/.test(body)) {
				for (const [re, level] of markers) {
					if (re.test(body)) {
						out.push({ start: a, end, level, text: body });
						break;
					}
				}
			}
		}
	}
	return out;
}

export const GPB_WORDS = /一般公共预算|财政拨款/;
const OTHER_FUNDS = /政府性基金|国有资本经营|社会保险基金/;

export type HeadingScope = Scope | 'other_fund' | null;

export interface ScopeMap {
	/** The scope the enclosing headings give to an offset (null: they say nothing). */
	at(pos: number): HeadingScope;
	/** basic or project when an enclosing heading names 基本支出 or 项目支出 (and not both). */
	part(pos: number): Part | null;
}

interface HeadingEvent {
	start: number;
	scope: HeadingScope;
	part: Part | null;
}

/** A class rather than closures: its methods are made once, not per report. */
class HeadingEvents implements ScopeMap {
	constructor(private readonly events: HeadingEvent[]) {}

	/** The last heading that starts at or before pos. */
	private last(pos: number): HeadingEvent | null {
		const events = this.events;
		const after = firstNotBefore(events.length, (i) => events[i]!.start <= pos);
		return after > 0 ? events[after - 1]! : null;
	}

	at(pos: number): HeadingScope {
		return this.last(pos)?.scope ?? null;
	}

	part(pos: number): Part | null {
		return this.last(pos)?.part ?? null;
	}
}

export function headingScopes(headings: Heading[]): ScopeMap {
	const events: HeadingEvent[] = [];
	// what each open level says (levels 0-4); a heading closes the levels below it
	const stack: HeadingScope[] = [null, null, null, null, null];
	const parts: (Part | null)[] = [null, null, null, null, null];
	for (const h of headings) {
		const t = h.text;
		for (let l = h.level + 1; l < stack.length; l++) stack[l] = parts[l] = null;
		const b = t.includes('基本支出');
		const p = t.includes('项目支出');
		parts[h.level] = b && !p ? 'basic' : p && !b ? 'project' : null;
		stack[h.level] = GPB_WORDS.test(t) ? 'general_public_budget' : OTHER_FUNDS.test(t) ? 'other_fund' : null;
		let scope: HeadingScope = null;
		let part: Part | null = null;
		for (let l = 0; l <= h.level; l++) {
			if (stack[l]) scope = stack[l]!;
			if (parts[l]) part = parts[l]!;
		}
		events.push({ start: h.start, scope, part });
	}
	return new HeadingEvents(events);
}
