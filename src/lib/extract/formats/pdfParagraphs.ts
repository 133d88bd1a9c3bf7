// A PDF's lines -> report text. A line the layout broke because the next word did not fit is
// joined to the next one, so a sentence is one line again as in the text reports: the break
// was forced when the next line starts at the left margin, close below (no paragraph spacing),
// and its first word would not have fitted before the right margin. A wide vertical gap is a
// blank line.
import { joinParts, WIDE_CHARS } from './join.ts';
import type { Line } from './pdfLines.ts';

const WIDE = new RegExp(`[${WIDE_CHARS}]`);
const NARROW_WORD = new RegExp(`^[^\\s${WIDE_CHARS}]+`);
const CLOSING = /[，。、；：？！）」』”’》％,.;:?!)\]%]/;
const OPENING = /[（“‘《「『(\[]/;

/** Width of what a line break before `text` would carry over: its first word or character, with
 * the opening punctuation before it and the closing punctuation after it (neither may be left
 * at a line's edge). */
export function firstWordWidth(text: string, size: number): number {
	const narrow = 0.55 * size;
	const width = (c: string) => (WIDE.test(c) ? size : narrow);
	let i = 0;
	let w = 0;
	for (; i < text.length && OPENING.test(text[i]!); i++) w += width(text[i]!);
	const word = NARROW_WORD.exec(text.slice(i));
	if (word) {
		w += word[0].length * narrow;
		i += word[0].length;
	} else if (i < text.length) w += width(text[i++]!);
	for (; i < text.length && CLOSING.test(text[i]!); i++) w += width(text[i]!);
	return w;
}

interface Margins {
	left: number;
	right: number;
}

/** Text margins per page width. Punctuation may hang past the right margin, so only lines that
 * end in a letter, digit or ideograph measure it. When no line reaches near where the right
 * margin mirrors the left one, no line was full, and the mirror is the better guess. */
function marginsByWidth(lines: Line[]): Map<number, Margins> {
	const out = new Map<number, Margins & { size: number }>();
	for (const l of lines) {
		if (l.row) continue;
		const key = Math.round(l.pageWidth);
		const m = out.get(key) ?? { left: Infinity, right: -Infinity, size: l.size };
		m.left = Math.min(m.left, l.x0);
		if (/[\p{L}\p{N}]$/u.test(l.text)) m.right = Math.max(m.right, l.x1);
		m.size = Math.max(m.size, l.size);
		out.set(key, m);
	}
	for (const [width, m] of out) if (m.right < width - m.left - 3 * m.size) m.right = width - m.left;
	return out;
}

/** The distance between the baselines of a paragraph's lines: the short end of what occurs. */
function linePitch(lines: Line[]): number {
	const ds: number[] = [];
	for (let i = 1; i < lines.length; i++) {
		const [a, b] = [lines[i - 1]!, lines[i]!];
		if (!a.row && !b.row && a.page === b.page && Math.abs(a.size - b.size) < 0.5) ds.push(a.y - b.y);
	}
	ds.sort((a, b) => a - b);
	return ds.length >= 3 ? ds[Math.floor(ds.length * 0.1)]! : 1.5 * (lines[0]?.size ?? 10);
}

/** Lines come page by page, so a and b on different pages are the last and the first of two. */
function continues(a: Line, b: Line, m: Margins, pitch: number): boolean {
	if (a.row || b.row || Math.abs(a.size - b.size) > 0.1 * a.size) return false;
	// a line with a wide gap is a row of a table without rules
	if (a.text.includes('\t') || b.text.includes('\t')) return false;
	if (b.x0 > m.left + 0.5 * b.size) return false;
	if (a.page === b.page ? a.y - b.y > pitch + 0.15 * b.size : b.page !== a.page + 1) return false;
	const space = /[A-Za-z0-9]$/.test(a.text) && /^[A-Za-z0-9]/.test(b.text) ? 0.3 * b.size : 0;
	// a closing bracket or comma at the end of a line may be set half width (punctuation trim)
	const trimmed = /[）」』”’》，、]$/.test(a.text) ? 0.5 * a.size : 0;
	return a.x1 + space + trimmed + firstWordWidth(b.text, b.size) > m.right + 0.25;
}

export function linesToText(lines: Line[]): string {
	const margins = marginsByWidth(lines);
	const pitch = linePitch(lines);
	const out: string[] = [];
	lines.forEach((l, i) => {
		const prev = lines[i - 1];
		const m = margins.get(Math.round(l.pageWidth));
		if (prev && m && continues(prev, l, m, pitch)) {
			out[out.length - 1] = joinParts(out[out.length - 1]!, l.text);
			return;
		}
		if (prev && prev.page === l.page && prev.bottom - l.top > pitch) out.push('');
		out.push(l.text);
	});
	return out.join('\n');
}
