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
	private tabsAt: Int32Array | null = null;
	private barsAt: Int32Array | null = null;

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
	get tabs(): Int32Array {
		return (this.tabsAt ??= this.count('\t'));
	}

	/** Bars on each line. */
	get bars(): Int32Array {
		return (this.barsAt ??= this.count('|'));
	}

	/** Occurrences of ch (never a line break) on each line: work by occurrence, not by line (most
	 * texts hold no bar at all). */
	private count(ch: string): Int32Array {
		const out = new Int32Array(this.start.length);
		const end = this.end;
		let k = 0;
		for (let at = this.text.indexOf(ch); at >= 0; at = this.text.indexOf(ch, at + 1)) {
			while (end[k]! <= at) k++;
			out[k]!++;
		}
		return out;
	}
}
