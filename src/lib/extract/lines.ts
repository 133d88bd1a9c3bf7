// A text's lines, found once by indexOf (native, fast) and shared by the readers of headings and
// tables; a line's text is sliced only when read, and its tabs and bars are counted when first
// asked for.
import { SPACE as SPACE_ } from './chars.ts';
// module-local aliases: the scans below read these per character, and a local binding
// is cheaper than an imported one when modules are loaded unbundled (tsx, ingest)
const SPACE = SPACE_;

export class Lines {
	readonly start: number[] = [];
	readonly end: number[] = [];
	private tabsAt: number[] | null = null;
	private barsAt: number[] | null = null;

	constructor(readonly text: string) {
		for (let pos = 0; ; ) {
			const nl = text.indexOf('\n', pos);
			this.start.push(pos);
			this.end.push(nl < 0 ? text.length : nl);
			if (nl < 0) break;
			pos = nl + 1;
		}
	}

	get length(): number {
		return this.start.length;
	}

	textOf(k: number): string {
		return this.text.slice(this.start[k]!, this.end[k]!);
	}

	/** Nothing but blanks; a line past either end is not blank. */
	blank(k: number): boolean {
		if (k < 0 || k >= this.start.length) return false;
		for (let i = this.start[k]!; i < this.end[k]!; i++) if (!SPACE[this.text.charCodeAt(i) | 0]) return false;
		return true;
	}

	/** Tabs on each line. */
	get tabs(): number[] {
		return (this.tabsAt ??= this.count('\t'));
	}

	/** Bars on each line. */
	get bars(): number[] {
		return (this.barsAt ??= this.count('|'));
	}

	private count(ch: string): number[] {
		const out: number[] = [];
		let at = this.text.indexOf(ch);
		for (let k = 0; k < this.start.length; k++) {
			let n = 0;
			for (; at >= 0 && at < this.end[k]!; at = this.text.indexOf(ch, at + 1)) n++;
			out.push(n);
		}
		return out;
	}
}
