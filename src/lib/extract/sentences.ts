// Clause, sentence and line boundaries around an offset. Nothing is copied or rewritten: every
// function returns offsets into the text as given.
import { charSet, SPACE as SPACE_ } from './chars.ts';
// module-local aliases: the scans below read these per character, and a local binding
// is cheaper than an imported one when modules are loaded unbundled (tsx, ingest)
const SPACE = SPACE_;

const CLAUSE_BREAK = charSet('，,。；;：:\n\t|？！?!');
export const SENTENCE_BREAK = charSet('。；;\n？！?!');
const OPEN = charSet('（(');
const CLOSE = charSet('）)');

/** A parenthesised group long enough to be a clause of its own ("（其中外单位借调出 1 人）"), as
 * opposed to part of a name ("因公出国（境）费", "维修（护）费"). */
function isClauseParen(text: string, open: number): boolean {
	const hi = Math.min(text.length, open + 40);
	let k = open + 1;
	while (k < hi && !CLOSE[text.charCodeAt(k) | 0]) k++;
	return k - open - 1 > 3;
}

function isClauseParenClose(text: string, close: number): boolean {
	const lo = Math.max(0, close - 40);
	for (let k = close - 1; k >= lo; k--) if (OPEN[text.charCodeAt(k) | 0]) return close - k - 1 > 3;
	return true;
}

/** Offset where the clause holding `pos` begins. */
export function clauseStart(text: string, pos: number): number {
	for (let i = pos - 1; i >= 0; i--) {
		const c = text.charCodeAt(i);
		if (CLAUSE_BREAK[c]) return i + 1;
		if (OPEN[c] && isClauseParen(text, i)) return i + 1;
		if (CLOSE[c] && isClauseParenClose(text, i)) return i + 1;
	}
	return 0;
}

/** Offset where the clause holding `pos` ends (exclusive). */
export function clauseEnd(text: string, pos: number): number {
	for (let i = pos; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (CLAUSE_BREAK[c]) return i;
		if (OPEN[c] && isClauseParen(text, i)) return i;
		if (CLOSE[c] && isClauseParenClose(text, i)) return i;
	}
	return text.length;
}

export function sentenceStart(text: string, pos: number): number {
	for (let i = pos - 1; i >= 0; i--) if (SENTENCE_BREAK[text.charCodeAt(i) | 0]) return i + 1;
	return 0;
}

export function sentenceEnd(text: string, pos: number): number {
	for (let i = pos; i < text.length; i++) if (SENTENCE_BREAK[text.charCodeAt(i) | 0]) return i;
	return text.length;
}

export function lineStart(text: string, pos: number): number {
	return text.lastIndexOf('\n', pos - 1) + 1;
}

export function lineEnd(text: string, pos: number): number {
	const i = text.indexOf('\n', pos);
	return i < 0 ? text.length : i;
}

const LIST_MARK = charSet('、，,；;：: \u3000');

/** Skip the marks that list one item after another (、，：) and blanks, so an item's span starts
 * at its name. */
export function afterListMarks(text: string, from: number, to: number): number {
	let i = from;
	while (i < to && LIST_MARK[text.charCodeAt(i) | 0]) i++;
	return i;
}

/** Skip leading blanks so a span starts at its first visible character. */
export function trimStart(text: string, from: number, to: number): number {
	let i = from;
	while (i < to && SPACE[text.charCodeAt(i) | 0]) i++;
	return i;
}
