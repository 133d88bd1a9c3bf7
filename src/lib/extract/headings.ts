// Section headings and the fund scope they put on the figures beneath them: a figure under
// "二、一般公共预算支出情况" is general_public_budget even when its own sentence does not say so.
import type { Scope } from './types.ts';

export interface Heading {
	start: number;
	end: number;
	level: number;
	text: string;
}

const MARKERS: [RegExp, number][] = [
	[/^第[一二三四五六七八九十]+部分/, 0],
	[/^[一二三四五六七八九十]+[、.．]/, 1],
	[/^[（(][一二三四五六七八九十]+[）)]/, 2],
	[/^[0-9０-９]{1,2}\s*[、.．](?![0-9０-９])/, 3],
	[/^[（(][0-9０-９]{1,2}[）)]/, 4]
];

/** A heading is a short numbered line with no amount in it. */
export function findHeadings(text: string): Heading[] {
	const out: Heading[] = [];
	let pos = 0;
	for (const line of text.split('\n')) {
		const lead = line.length - line.trimStart().length;
		const body = line.trim();
		if (body.length > 0 && body.length <= 40 && !/[0-9０-９.]+\s*(万元|元|亿元)/.test(body)) {
			for (const [re, level] of MARKERS) {
				if (re.test(body)) {
					out.push({ start: pos + lead, end: pos + line.length, level, text: body });
					break;
				}
			}
		}
		pos += line.length + 1;
	}
	return out;
}

export const GPB_WORDS = /一般公共预算|财政拨款/;
const OTHER_FUNDS = /政府性基金|国有资本经营|社会保险基金/;

export type HeadingScope = Scope | 'other_fund' | null;

export interface ScopeMap {
	/** The scope the enclosing headings give to an offset (null: they say nothing). */
	at(pos: number): HeadingScope;
}

export function headingScopes(headings: Heading[]): ScopeMap {
	const events: { start: number; scope: HeadingScope }[] = [];
	const stack: HeadingScope[] = [];
	for (const h of headings) {
		stack.length = h.level;
		const own: HeadingScope = GPB_WORDS.test(h.text)
			? 'general_public_budget'
			: OTHER_FUNDS.test(h.text)
				? 'other_fund'
				: null;
		stack[h.level] = own;
		let scope: HeadingScope = null;
		for (const s of stack) if (s) scope = s;
		events.push({ start: h.start, scope });
	}
	return {
		at(pos) {
			let scope: HeadingScope = null;
			for (const e of events) {
				if (e.start > pos) break;
				scope = e.scope;
			}
			return scope;
		}
	};
}
