// Region names -> regions, for reading a bureau's name. Older names (株洲县) resolve through the
// crosswalk to the current code, so a report from before a rename still finds its region.
import { allRegions, CODE_CROSSWALK } from '../regions/divisions.ts';
import type { Region } from './types.ts';

let byName: Map<string, Region[]> | null = null;
let byCode: Map<string, Region> | null = null;
/** The lengths of the names that end in each pair of characters (every name has at least two),
 * longest first: most strings end in no name, and a name can only be as long as one of these. */
let lengthsByLastTwo = new Map<string, number[]>();

function index(): { byName: Map<string, Region[]>; byCode: Map<string, Region> } {
	if (byName && byCode) return { byName, byCode };
	byName = new Map();
	byCode = new Map();
	for (const r of allRegions()) {
		byCode.set(r.code, r);
		const list = byName.get(r.name) ?? [];
		list.push(r);
		byName.set(r.name, list);
	}
	for (const { code, old_name } of Object.values(CODE_CROSSWALK)) {
		const r = byCode.get(code);
		if (r && !byName.has(old_name)) byName.set(old_name, [r]);
	}
	lengthsByLastTwo = new Map();
	for (const n of byName.keys()) {
		const list = lengthsByLastTwo.get(n.slice(-2)) ?? [];
		if (!list.includes(n.length)) list.push(n.length);
		lengthsByLastTwo.set(n.slice(-2), list);
	}
	for (const list of lengthsByLastTwo.values()) list.sort((a, b) => b - a);
	return { byName, byCode };
}

/** Whether some region name ends in these two characters. */
export function mayEndName(lastTwo: string): boolean {
	index();
	return lengthsByLastTwo.has(lastTwo);
}

export function regionByCode(code: string | null): Region | null {
	return code ? (index().byCode.get(code) ?? null) : null;
}

export interface NameMatch {
	/** Offset inside the searched string where the (parent-qualified) name starts. */
	start: number;
	/** Every region the name can mean after its written parent is taken into account. */
	regions: Region[];
}

function ancestors(r: Region): Region[] {
	const out: Region[] = [];
	for (let p = regionByCode(r.parent_code); p; p = regionByCode(p.parent_code)) out.push(p);
	return out;
}

/** The region named at the end of `s` ("株洲市渌口区", "南岳区"), longest name first; a parent
 * written before it narrows a name that several regions share. Null when `s` ends in no name. */
export function regionAtEnd(s: string): NameMatch | null {
	const names = index().byName;
	const lengths = s.length >= 2 ? lengthsByLastTwo.get(s.slice(-2)) : undefined;
	if (lengths === undefined) return null;
	for (const len of lengths) {
		if (len > s.length || len > 24 || len < 2) continue;
		const name = s.slice(s.length - len);
		const found = names.get(name);
		if (!found) continue;
		const before = s.slice(0, s.length - len);
		const withParent = found.filter((r) => ancestors(r).some((a) => before.endsWith(a.name)));
		if (withParent.length > 0) {
			const parentLen = Math.max(
				...withParent.flatMap((r) => ancestors(r).filter((a) => before.endsWith(a.name)).map((a) => a.name.length))
			);
			let start = s.length - len - parentLen;
			const grand = regionAtEnd(s.slice(0, start));
			if (grand && grand.regions.some((g) => withParent.some((r) => ancestors(r).includes(g)))) start = grand.start;
			return { start, regions: withParent };
		}
		// a two-character name (城区, 郊区, 矿区) alone is more often a common word than a region
		if (len === 2) continue;
		return { start: s.length - len, regions: found };
	}
	return null;
}
