// SQL that builds a synthetic national panel inside DuckDB from the regions table: every
// prefecture- and county-level region gets a bureau, every year a report with the facts of
// templates.ts. Randomness is a hash of (bureau, year, key, seed), so a seed gives the same
// panel on every machine and thread count.
import { TEMPLATES, type FactTemplate } from './templates.ts';

export interface PanelOptions {
	seed: number;
	firstYear: number;
	lastYear: number;
}

const q = (s: string | null | undefined) => (s === null || s === undefined ? 'NULL' : `'${s.replaceAll("'", "''")}'`);

export function macrosSql(seed: number): string[] {
	return [
		`CREATE OR REPLACE MACRO u(b, y, k) AS (hash(b || '/' || y || '/' || k || '/${Math.trunc(seed)}') % 1000003) / 1000003.0`,
		// a standard normal from two uniforms (Box-Muller)
		`CREATE OR REPLACE MACRO z(b, y, k) AS sqrt(-2 * ln(greatest(u(b, y, k), 1e-9))) * cos(2 * pi() * u(b, y, k || 'b'))`
	];
}

// Bureau-level draws use year 0, so a bureau's size and mix persist across years.
export function paramsSql(o: PanelOptions): string {
	return `CREATE TABLE syn_params AS
	WITH b AS (
		SELECT code AS bureau_id, code AS region_code, name || '信访局' AS name, level,
			coalesce(population, 300000) AS pop
		FROM regions
		WHERE level IN ('prefecture', 'county', 'district') AND NOT functional_zone
	),
	yrs AS (SELECT r.range::INTEGER AS fiscal_year FROM range(${o.firstYear}, ${o.lastYear + 1}) r),
	bys AS (
		SELECT b.*, yrs.fiscal_year,
			greatest(3, round(sqrt(pop) / 60 * exp(0.25 * z(bureau_id, 0, 'auth')) * (1 + 0.02 * z(bureau_id, fiscal_year, 'drift'))))::INTEGER AS auth,
			(CASE WHEN level = 'prefecture' THEN 44 ELSE 38 END) * exp(0.28 * z(bureau_id, 0, 'sps') + 0.08 * z(bureau_id, fiscal_year, 'sps'))
				* pow(1.04, fiscal_year - ${o.lastYear}) AS sps,
			0.12 + 0.42 * u(bureau_id, 0, 'p') AS p,
			0.55 + 0.25 * u(bureau_id, 0, 'q') AS q,
			0.96 + 0.04 * u(bureau_id, fiscal_year, 'g') AS g,
			greatest(5, round(pop / 1000 * (0.5 + 1.5 * u(bureau_id, 0, 'vol')) * (0.85 + 0.3 * u(bureau_id, fiscal_year, 'vol'))))::INTEGER AS vol
		FROM b CROSS JOIN yrs
	)
	SELECT *,
		greatest(2, round(auth * (0.78 + 0.22 * u(bureau_id, fiscal_year, 'act'))))::INTEGER AS actual,
		round(auth * 0.45 * u(bureau_id, fiscal_year, 'ret'))::INTEGER AS retired
	FROM bys`;
}

function factSelect(t: FactTemplate, i: number): string {
	const value = t.value.replaceAll(/\br\((\d+)\)/g, (_, k) => `u(bureau_id, fiscal_year, ${k})`);
	const year = t.phase === 'prior_year' ? 'fiscal_year - 1' : 'fiscal_year';
	const rounded = t.unit === '万元' ? `round(${value}, 2)` : t.unit === '%' || t.unit === '分' ? `round(${value}, 1)` : `round(${value})`;
	return `SELECT bureau_id, region_code, fiscal_year AS report_year, ${year} AS fiscal_year, ${i} AS t,
		${q(t.metric)} AS metric, ${q(t.econ_code)} AS econ_code, ${q(t.func_code)} AS func_code,
		${q(t.item_label)} AS item_label, ${q(t.part ?? null)} AS part, ${q(t.phase)} AS phase,
		${q(t.scope)} AS scope, ${rounded}::DOUBLE AS value, ${q(t.unit)} AS unit, ${q(t.label)} AS label
	FROM syn_values`;
}

export function factsSql(): string[] {
	return [
		`CREATE TABLE syn_values AS SELECT *, round(actual * sps, 2) AS total,
			round(actual * sps, 2) / 1.04 * (0.9 + 0.2 * u(bureau_id, fiscal_year, 'prior')) AS prior_total
		FROM syn_params`,
		`CREATE TABLE syn_facts AS ${TEMPLATES.map(factSelect).join('\nUNION ALL\n')}`,
		// one report per bureau-year; the line of each fact is its source sentence
		`CREATE TABLE syn_reports AS
		SELECT row_number() OVER (ORDER BY bureau_id, fiscal_year)::INTEGER AS report_key,
			sha256(bureau_id || '/' || fiscal_year || '/synthetic') AS report_id,
			bureau_id, fiscal_year,
			CASE WHEN fiscal_year % 2 = 0 THEN 'final_accounts' ELSE 'performance_self_eval' END AS doc_type,
			'（合成数据）' || name || fiscal_year || CASE WHEN fiscal_year % 2 = 0 THEN '年度部门决算' ELSE '年度部门整体支出绩效自评报告' END AS title,
			'synthetic/' || bureau_id || '-' || fiscal_year || '.txt' AS source_file
		FROM syn_params`,
		`CREATE TABLE syn_lines AS
		SELECT f.*, r.report_key, r.title,
			f.label || '：' || CASE WHEN f.unit IN ('万元', '%', '分') THEN printf('%.2f', f.value) ELSE printf('%d', f.value::BIGINT) END || f.unit AS line,
			row_number() OVER (ORDER BY r.report_key, f.t)::INTEGER AS fact_key
		FROM syn_facts f JOIN syn_reports r ON r.bureau_id = f.bureau_id AND r.fiscal_year = f.report_year`,
		`CREATE TABLE syn_offsets AS
		SELECT *, length(title) + 1 + coalesce(sum(length(line) + 1) OVER (PARTITION BY report_key ORDER BY t ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS src_start
		FROM syn_lines`
	];
}

/** Fill the canonical tables (already created, empty) from the syn_* tables. */
export function fillSql(parserVersion: string): string[] {
	return [
		`INSERT INTO bureaus SELECT DISTINCT bureau_id, name, region_code, true FROM syn_params`,
		`INSERT INTO reports SELECT report_key, report_id, bureau_id, fiscal_year, doc_type, title, source_file, ${q(parserVersion)}, true FROM syn_reports`,
		`INSERT INTO facts SELECT fact_key, report_key, bureau_id, region_code, fiscal_year, metric, econ_code, func_code,
			item_label, part, phase, scope, value, NULL, unit, NULL, NULL, src_start::INTEGER, (src_start + length(line))::INTEGER, 'synthetic', true, NULL
		FROM syn_offsets`,
		`INSERT INTO fact_sources SELECT fact_key, report_key, fiscal_year, src_start::INTEGER, (src_start + length(line))::INTEGER, line FROM syn_offsets`,
		`INSERT INTO report_texts SELECT report_key, title || chr(10) || string_agg(line, chr(10) ORDER BY t) FROM syn_offsets GROUP BY report_key, title`,
		`DROP TABLE syn_offsets`,
		`DROP TABLE syn_lines`,
		`DROP TABLE syn_facts`
	];
}
