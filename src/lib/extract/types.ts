// The extraction contract (DESIGN.md "The extraction contract"): these types are the boundary
// shared by the extractor, the extract CLI, ingest and (later) the in-browser drop-a-report path.

export type DocType = 'final_accounts' | 'budget' | 'performance_self_eval' | 'other';
export type AdminLevel = 'province' | 'prefecture' | 'county' | 'district';
export type Phase = 'actual' | 'budget' | 'adjusted_budget' | 'prior_year';
export type Scope = 'all_funds' | 'general_public_budget';
export type Part = 'basic' | 'project';
export type CheckStatus = 'ok' | 'warn' | 'fail';

export interface ReportInfo {
	bureau_name: string | null;
	region_code: string | null;
	province: string | null;
	prefecture: string | null;
	admin_level: AdminLevel | null;
	fiscal_year: number | null;
	doc_type: DocType | null;
	is_petition_body: boolean | null;
}

export interface Fact {
	metric: string;
	value: number | null;
	unit: string;
	fiscal_year: number | null;
	phase: Phase;
	scope: Scope | null;
	part: Part | null;
	econ_code: string | null;
	func_code: string | null;
	item_label: string | null;
	period: string | null;
	value_text: string | null;
	derived: string | null;
	src_start: number;
	src_end: number;
	src_text: string;
	/** Which rule produced the fact (for debugging and the facts.rule column). */
	rule?: string;
}

export interface Check {
	relation: string;
	scope: Scope | null;
	fiscal_year: number | null;
	phase: Phase;
	expected: number | null;
	actual: number | null;
	status: CheckStatus;
	message?: string;
}

export interface Problem {
	code: string;
	message: string;
	src_start?: number;
	src_end?: number;
}

export interface ExtractResult {
	report: ReportInfo;
	facts: Fact[];
	checks: Check[];
	warnings: Problem[];
	errors: Problem[];
}

/** One region of the administrative-division list (GB/T 2260 code, current vintage). */
export interface Region {
	code: string;
	name: string;
	level: AdminLevel;
	parent_code: string | null;
	/** NBS statistical code of a development/management zone (5th digit 7): not GB/T 2260. */
	functional_zone: boolean;
}
