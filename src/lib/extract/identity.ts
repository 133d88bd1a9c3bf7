// Who published the report and about which year: bureau name, region (GB/T 2260 via the division
// list), fiscal year and kind of document. Ambiguous names give no region rather than a guess.
import { charSet, digitValue as digitValue_ } from './chars.ts';
import { mayEndName, regionAtEnd, regionByCode } from './regionNames.ts';
import type { DocType, Problem, Region, ReportInfo } from './types.ts';
// module-local aliases: the scans below read these per character, and a local binding
// is cheaper than an imported one when modules are loaded unbundled (tsx, ingest)
const digitValue = digitValue_;

/** Petition bodies: the bureau (信访局, 信访办…) and the units under it that report on their own. */
// (信访 written once: the engine then tries the alternatives only where 信访 stands, in the same
// order as 信访局|信访办公室|信访办|…, so the leftmost match is the same)
const BODY =
	/信访(?:局|办公室|办|工作局|事务中心|和群众工作(?:局|部|办公室)?|(?:服务|接待)中心)|(?:人民|群众)?来访接待(?:服务)?中心/g;
const MAIN_BODY = /信访局|信访办|信访工作局|信访和群众工作/;
const HAN_BEFORE = /[\u4e00-\u9fa5]{1,24}$/;
const TITLE_LINES = 6;
/** What may stand between a region's name and the body: its government or its party committee
 * (株洲市渌口区人民政府信访局, 中共株洲市渌口区委信访局, 株洲市渌口区群众工作和信访局). */
const GOVERNMENT = /(?:人民政府|群众工作和|(?<=[省市县区旗州盟])委)$/;

interface Candidate {
	name: string;
	at: number;
	regions: Region[];
	inTitle: boolean;
	/** A petition body (信访局, 人民来访接待中心) rather than another department. */
	petition: boolean;
	main: boolean;
}

/** The first few short lines before the body begins: where a title sits when there is one. */
export function titleSpan(text: string): number {
	let seen = 0;
	let pos = 0;
	while (pos <= text.length) {
		const nl = text.indexOf('\n', pos);
		const end = nl < 0 ? text.length : nl;
		const body = text.slice(pos, end).trim();
		if (body.length > 60) break;
		if (body.length > 0 && ++seen > TITLE_LINES) break;
		pos = end + 1;
	}
	return pos;
}

/** The region name (with its parent, 中共, 人民政府 …) written at the end of the Han characters
 * before a body's name, and the regions it can mean; null when none is. */
function nameBefore(before: string): { before: string; regions: Region[] } | null {
	const gov = GOVERNMENT.exec(before)?.[0].length ?? 0;
	const match = regionAtEnd(before.slice(0, before.length - gov));
	if (!match) return null;
	let start = match.start;
	if (before.slice(0, start).endsWith('中共')) start -= 2;
	return { before: before.slice(start), regions: match.regions };
}

function candidates(text: string, titleEnd: number): Candidate[] {
	const out: Candidate[] = [];
	// a report names its bureau the same way many times: each different run of words before a
	// body's name is read once
	const read = new Map<string, { before: string; regions: Region[] } | null>();
	for (const m of text.matchAll(BODY)) {
		const at = m.index;
		// no region name (nor 人民政府 or 委 after one) ends just before the body: no candidate
		const last = text[at - 1];
		if (last === undefined || (last !== '府' && last !== '委' && last !== '和' && !mayEndName(text.slice(at - 2, at)))) continue;
		const han = HAN_BEFORE.exec(text.slice(Math.max(0, at - 24), at))?.[0] ?? '';
		let found = read.get(han);
		if (found === undefined) read.set(han, (found = nameBefore(han)));
		if (found === null) continue;
		const before = found.before;
		out.push({
			name: before + m[0],
			at: at - before.length,
			regions: found.regions,
			inTitle: at < titleEnd,
			petition: true,
			main: MAIN_BODY.test(m[0])
		});
		// a body named in the title is the report's (pickBureau): the rest of the text need not be read
		if (at < titleEnd) return out;
	}
	return out;
}

/** A department named by a title line of its own ("醴陵市财政局2023年度部门决算",
 * "衡阳市人力资源和社会保障局"): the report's subject, whatever other bodies its text names. */
const TITLE_DEPT =
	/^(?:[0-9０-９]{4}\s*年度?)?((?:中共)?[\u4e00-\u9fa5]{2,30}?(?:局|委员会|委|办公室|中心|院|厅|馆|所|站|部|社|队|处|会))(?=[0-9０-９]|部门|单位|本级|$)(?:本级)?(?:[0-9０-９]{4}\s*年度?)?(.*)$/;
const GENRE_WORDS = /决算|预算|绩效|自评|报告/;

function regionAtStart(s: string): { end: number; regions: Region[] } | null {
	for (let p = Math.min(s.length, 24); p >= 2; p--) {
		if (!/[省市县区旗州盟]/.test(s[p - 1]!)) continue;
		const m = regionAtEnd(s.slice(0, p));
		if (m && m.start === 0) return { end: p, regions: m.regions };
	}
	return null;
}

function titleDepartment(text: string, titleEnd: number): Candidate | null {
	let pos = 0;
	for (const line of text.slice(0, titleEnd).split('\n')) {
		const body = line.trim();
		const m = TITLE_DEPT.exec(body);
		if (m && (m[2] === '' || (GENRE_WORDS.test(m[2]!) && m[2]!.length <= 30))) {
			const name = m[1]!;
			const region = regionAtStart(name.replace(/^中共/, ''));
			if (region && region.end < name.length - 1 && !/信访|来访/.test(name)) {
				const at = pos + line.indexOf(name);
				return { name, at, regions: region.regions, inTitle: true, petition: false, main: true };
			}
		}
		pos += line.length + 1;
	}
	return null;
}

function pickBureau(cands: Candidate[], titleDept: Candidate | null): Candidate | null {
	const titled = cands.filter((c) => c.inTitle);
	if (titled.length > 0) return titled[0]!;
	if (titleDept) return titleDept;
	// the bureau before a unit it names (所属事业单位…南岳区人民来访接待中心)
	const main = cands.filter((c) => c.main);
	const pool = main.length > 0 ? main : cands;
	const counts = new Map<string, number>();
	for (const c of pool) counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
	let best: Candidate | null = null;
	for (const c of pool) if (!best || counts.get(c.name)! > counts.get(best.name)!) best = c;
	return best;
}

const YEAR_RE = /([12][0-9]{3}|[１２][０-９]{3})\s*年(?!\s*[0-9０-９]{1,2}\s*月)/g;

function yearValue(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) n = n * 10 + digitValue(s.charCodeAt(i));
	return n;
}

/** Brackets of a document number (〔2024〕): the year in them is not the year reported on. */
const OPEN_BRACKET = charSet('〔[［【');

/** The year reported on: a year in the title, else the year the text names most often (years in
 * document numbers 〔2024〕 and dates 2024年1月 do not count), else the year of a month report's
 * title. */
export function fiscalYear(text: string, titleEnd: number): number | null {
	const counts = new Map<number, number>();
	for (const m of text.matchAll(YEAR_RE)) {
		const y = yearValue(m[1]!);
		if (m.index < titleEnd) return y;
		if (OPEN_BRACKET[text.charCodeAt(m.index - 1) | 0]) continue;
		counts.set(y, (counts.get(y) ?? 0) + 1);
	}
	let best: number | null = null;
	for (const [y, n] of counts) if (best === null || n > counts.get(best)!) best = y;
	if (best !== null) return best;
	// a monthly report names its year only in its month: "2024年6月份信访情况通报"
	const month = TITLE_MONTH.exec(text.slice(0, titleEnd));
	return month ? yearValue(month[1]!) : null;
}

const TITLE_MONTH = /([12][0-9]{3}|[１２][０-９]{3})\s*年\s*[0-9０-９]{1,2}\s*月份?(?:信访|工作|情况|通报|统计|分析)/;

const GENRES: [RegExp, DocType][] = [
	[/绩效自评|绩效评价|自评报告/, 'performance_self_eval'],
	[/决算/, 'final_accounts'],
	[/预算/, 'budget']
];

export function docType(text: string, titleEnd: number): DocType | null {
	const title = text.slice(0, titleEnd);
	for (const [re, t] of GENRES) if (re.test(title)) return t;
	if (/部门整体支出绩效|绩效自评|自评报告/.test(text)) return 'performance_self_eval';
	if (/部门决算|决算表/.test(text)) return 'final_accounts';
	if (/部门预算表|收支预算总表|年度部门预算/.test(text)) return 'budget';
	// a report of another kind that says what it is: monthly statistics, a work summary
	if (/情况|通报|统计|分析|总结|报告/.test(title)) return 'other';
	return null;
}

export function regionFields(r: Region): Pick<ReportInfo, 'region_code' | 'province' | 'prefecture' | 'admin_level'> {
	const province = regionByCode(r.code.slice(0, 2) + '0000');
	const parent = regionByCode(r.parent_code);
	const prefecture = r.level === 'prefecture' ? r : parent?.level === 'prefecture' ? parent : null;
	return {
		region_code: r.code,
		province: province?.name ?? null,
		prefecture: prefecture?.name ?? null,
		admin_level: r.level
	};
}

export function readIdentity(text: string): { report: ReportInfo; warnings: Problem[] } {
	const warnings: Problem[] = [];
	const titleEnd = titleSpan(text);
	const cands = candidates(text, titleEnd);
	// a body named in the title wins over a department named there (pickBureau)
	const bureau = pickBureau(cands, cands.some((c) => c.inTitle) ? null : titleDepartment(text, titleEnd));
	const report: ReportInfo = {
		bureau_name: bureau?.name ?? null,
		region_code: null,
		province: null,
		prefecture: null,
		admin_level: null,
		fiscal_year: fiscalYear(text, titleEnd),
		doc_type: docType(text, titleEnd),
		is_petition_body: bureau ? bureau.petition : null
	};
	if (bureau && !bureau.petition)
		warnings.push({
			code: 'not_petition_body',
			message: `${bureau.name}: the report is about a department that is not a petition body`,
			src_start: bureau.at,
			src_end: bureau.at + bureau.name.length
		});
	if (bureau && bureau.regions.length === 1) Object.assign(report, regionFields(bureau.regions[0]!));
	else if (bureau) {
		warnings.push({
			code: 'region_ambiguous',
			message: `${bureau.name}: the name fits ${bureau.regions.length} regions (${bureau.regions.map((r) => r.code).join(', ')}); region left empty`,
			src_start: bureau.at,
			src_end: bureau.at + bureau.name.length
		});
	}
	if (!bureau) warnings.push({ code: 'bureau_unknown', message: 'no bureau name with a region was found' });
	if (report.fiscal_year === null) warnings.push({ code: 'year_unknown', message: 'no fiscal year found' });
	return { report, warnings };
}
