// Text from a PDF's text layer -> the characters a reader sees. Fonts often map a character's
// glyph to the radical that shares it (门 read back as ⻔ U+2ED4, 支 as ⽀ U+2F40). NFKC folds the
// Kangxi radicals (U+2F00–U+2FD5) and full-width forms, but leaves the CJK Radicals Supplement
// (U+2E80–U+2EFF) alone but for two, so the forms there that stand for a whole character are
// mapped here, each to the ideograph its Unicode name describes. A radical never occurs in a
// report as itself.
import { normalizeNewlines } from '../decode.ts';

const SUPPLEMENT: Record<string, string> = {
	'\u2E81': '厂', // CLIFF
	'\u2E9D': '月', // MOON
	'\u2E9F': '母', // MOTHER
	'\u2EA0': '民', // CIVILIAN
	'\u2EA9': '王', // JADE
	'\u2EAC': '示', // SPIRIT ONE
	'\u2EC4': '西', // WEST TWO
	'\u2EC5': '见', // C-SIMPLIFIED SEE
	'\u2EC6': '角', // SIMPLIFIED HORN
	'\u2EC9': '贝', // C-SIMPLIFIED SHELL
	'\u2ECB': '车', // C-SIMPLIFIED CART
	'\u2ED1': '長', // LONG ONE
	'\u2ED3': '长', // C-SIMPLIFIED LONG
	'\u2ED4': '门', // C-SIMPLIFIED GATE
	'\u2ED8': '青', // BLUE
	'\u2ED9': '韦', // C-SIMPLIFIED TANNED LEATHER
	'\u2EDA': '页', // C-SIMPLIFIED LEAF
	'\u2EDB': '风', // C-SIMPLIFIED WIND
	'\u2EDC': '飞', // C-SIMPLIFIED FLY
	'\u2EDD': '食', // EAT ONE
	'\u2EE2': '马', // C-SIMPLIFIED HORSE
	'\u2EE3': '骨', // BONE
	'\u2EE4': '鬼', // GHOST
	'\u2EE5': '鱼', // C-SIMPLIFIED FISH
	'\u2EE6': '鸟', // C-SIMPLIFIED BIRD
	'\u2EE7': '卤', // C-SIMPLIFIED SALT
	'\u2EE8': '麦', // SIMPLIFIED WHEAT
	'\u2EE9': '黄', // SIMPLIFIED YELLOW
	'\u2EEA': '黾', // C-SIMPLIFIED FROG
	'\u2EEC': '齐', // C-SIMPLIFIED EVEN
	'\u2EEE': '齿', // C-SIMPLIFIED TOOTH
	'\u2EF0': '龙', // C-SIMPLIFIED DRAGON
	'\u2EF3': '龟' // C-SIMPLIFIED TURTLE
};

export const RADICAL_SUPPLEMENT: Readonly<Record<string, string>> = SUPPLEMENT;

export function mapRadicals(text: string): string {
	return text.replace(/[\u2E80-\u2EFF]/g, (c) => SUPPLEMENT[c] ?? c);
}

/** What the docx and pdf readers hand on: NFKC, radicals mapped, newlines as \n. */
export function normalizeExtracted(text: string): string {
	return normalizeNewlines(mapRadicals(text.normalize('NFKC')));
}
