// The source line under an embedded chart: which reports the values drawn were read from.
// A chart passes the bureau-years it draws; their source files come from bureau_year.sources.
import type { Lang } from '../url/view-state.ts';
import { docTypeLabel } from '../i18n/bureau-strings.ts';

export interface SourceFile {
	source_file: string;
	doc_type: string | null;
}

const lit = (s: string) => `'${s.replaceAll("'", "''")}'`;

export function sourceFilesSql(drawn: { bureau_id: string; fiscal_year: number }[]): string {
	const keys = [...new Set(drawn.map((d) => `${d.bureau_id}|${Math.trunc(d.fiscal_year)}`))];
	if (keys.length === 0) return 'SELECT NULL AS source_file, NULL AS doc_type WHERE false';
	return `SELECT DISTINCT f.source_file, r.doc_type
	FROM (SELECT unnest(sources).source_file AS source_file FROM bureau_year
		WHERE bureau_id || '|' || fiscal_year IN (${keys.map(lit).join(', ')})) f
	LEFT JOIN reports r ON r.source_file = f.source_file
	ORDER BY f.source_file`;
}

/** 数据来源：各单位公开的部门决算、绩效自评报告（2 份：a.txt、b.txt） — names up to `list`, else a count. */
export function sourceLine(files: SourceFile[], lang: Lang, list = 4): string {
	const types = [...new Set(files.map((f) => f.doc_type ?? 'other'))].sort();
	const kinds = types.map((t) => docTypeLabel(lang, t)).join(lang === 'zh' ? '、' : ', ');
	const names = files.map((f) => f.source_file);
	if (lang === 'en') {
		const which = names.length <= list ? `${names.length}: ${names.join(', ')}` : `${names.length} reports`;
		return `Source: the bureaus’ published reports (${kinds || '—'}; ${which})`;
	}
	const which = names.length <= list ? `${names.length} 份：${names.join('、')}` : `共 ${names.length} 份报告`;
	return `数据来源：各单位公开的${kinds || '报告'}（${which}）`;
}
