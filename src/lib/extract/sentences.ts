// Clause, sentence and line boundaries around an offset. Nothing is copied or rewritten: every
// function returns offsets into the text as given.

const CLAUSE_BREAK = /[，,。；;：:\n\t|？！?!]/;
const SENTENCE_BREAK = /[。；;\n？！?!]/;

/** A parenthesised group long enough to be a clause of its own ("（其中外单位借调出 1 人）"), as
 * opposed to part of a name ("因公出国（境）费", "维修（护）费"). */
function isClauseParen(text: string, open: number): boolean {
	const close = text.slice(open + 1, open + 40).search(/[）)]/);
	const inner = close < 0 ? text.slice(open + 1, open + 40) : text.slice(open + 1, open + 1 + close);
	return inner.length > 3;
}

function isClauseParenClose(text: string, close: number): boolean {
	const head = text.slice(Math.max(0, close - 40), close);
	const open = Math.max(head.lastIndexOf('（'), head.lastIndexOf('('));
	return open < 0 || head.length - open - 1 > 3;
}

/** Offset where the clause holding `pos` begins. */
export function clauseStart(text: string, pos: number): number {
	for (let i = pos - 1; i >= 0; i--) {
		const c = text[i]!;
		if (CLAUSE_BREAK.test(c)) return i + 1;
		if ((c === '（' || c === '(') && isClauseParen(text, i)) return i + 1;
		if ((c === '）' || c === ')') && isClauseParenClose(text, i)) return i + 1;
	}
	return 0;
}

/** Offset where the clause holding `pos` ends (exclusive). */
export function clauseEnd(text: string, pos: number): number {
	for (let i = pos; i < text.length; i++) {
		const c = text[i]!;
		if (CLAUSE_BREAK.test(c)) return i;
		if ((c === '（' || c === '(') && isClauseParen(text, i)) return i;
		if ((c === '）' || c === ')') && isClauseParenClose(text, i)) return i;
	}
	return text.length;
}

export function sentenceStart(text: string, pos: number): number {
	for (let i = pos - 1; i >= 0; i--) if (SENTENCE_BREAK.test(text[i]!)) return i + 1;
	return 0;
}

export function sentenceEnd(text: string, pos: number): number {
	for (let i = pos; i < text.length; i++) if (SENTENCE_BREAK.test(text[i]!)) return i;
	return text.length;
}

export function lineStart(text: string, pos: number): number {
	return text.lastIndexOf('\n', pos - 1) + 1;
}

export function lineEnd(text: string, pos: number): number {
	const i = text.indexOf('\n', pos);
	return i < 0 ? text.length : i;
}

/** Skip leading blanks so a span starts at its first visible character. */
export function trimStart(text: string, from: number, to: number): number {
	let i = from;
	while (i < to && /[\s\u3000]/.test(text[i]!)) i++;
	return i;
}
