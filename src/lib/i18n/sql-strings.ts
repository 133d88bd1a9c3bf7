// UI strings of the SQL console and of the chart toolbar and embeds (zh default, en with ?lang=en).
import type { Lang } from '../url/view-state.ts';

const STRINGS = {
	'sql.title': { zh: 'SQL 查询', en: 'SQL console' },
	'sql.lede': {
		zh: '用 SQL 直接查询数据集的规范表（与可下载的 Parquet 文件同名同列）。查询在浏览器中一个独立的 DuckDB 实例里运行：不能访问网络或本地文件，也不会改动本站页面使用的数据库。',
		en: 'Query the dataset’s canonical tables (the same names and columns as the downloadable Parquet files) in SQL. Queries run in a separate DuckDB instance in your browser: it cannot reach the network or local files, and does not change the database the other pages use.'
	},
	'sql.loading': { zh: '正在启动独立的查询引擎…', en: 'Starting a separate query engine…' },
	'sql.ready': { zh: '查询引擎已就绪', en: 'Query engine ready' },
	'sql.tables': { zh: '表与字段', en: 'Tables and columns' },
	'sql.examples': { zh: '示例查询', en: 'Example queries' },
	'sql.editor': { zh: 'SQL 语句', en: 'SQL statement' },
	'sql.run': { zh: '运行', en: 'Run' },
	'sql.runHint': { zh: 'Ctrl+Enter（Mac：⌘+Enter）运行', en: 'Ctrl+Enter (Mac: ⌘+Enter) runs it' },
	'sql.cancel': { zh: '停止', en: 'Stop' },
	'sql.running': { zh: '正在运行…', en: 'Running…' },
	'sql.rows': { zh: '行', en: 'rows' },
	'sql.shown': { zh: '显示前', en: 'showing the first' },
	'sql.ms': { zh: '毫秒', en: 'ms' },
	'sql.noRows': { zh: '查询成功，没有返回行。', en: 'The statement ran and returned no rows.' },
	'sql.error': { zh: 'DuckDB 报错', en: 'DuckDB error' },
	'sql.export': { zh: '导出', en: 'Export' },
	'sql.exporting': { zh: '正在导出…', en: 'Exporting…' },
	'sql.column': { zh: '字段', en: 'Column' },
	'sql.type': { zh: '类型', en: 'Type' },
	'sql.doc': { zh: '说明', en: 'Description' },
	'sql.example': { zh: '示例值', en: 'Example values' },
	'sql.insert': { zh: '填入编辑器', en: 'Put in the editor' },
	'sql.prev': { zh: '上一页', en: 'Previous' },
	'sql.next': { zh: '下一页', en: 'Next' },
	'sql.page': { zh: '页', en: 'page' },
	'sql.results': { zh: '查询结果', en: 'Result' },
	'chart.tools': { zh: '图表工具', en: 'Chart tools' },
	'chart.embed': { zh: '嵌入', en: 'Embed' },
	'chart.png': { zh: '导出 PNG', en: 'PNG' },
	'chart.svg': { zh: '导出 SVG', en: 'SVG' },
	'chart.embedCode': { zh: '嵌入代码（复制到内部网页或简报）', en: 'Embed code (paste into an intranet page)' },
	'chart.copy': { zh: '复制', en: 'Copy' },
	'chart.copied': { zh: '已复制', en: 'Copied' },
	'chart.close': { zh: '关闭', en: 'Close' },
	'embed.source': { zh: '数据来源', en: 'Source' },
	'embed.open': { zh: '在网站中打开', en: 'Open on the site' }
} as const satisfies Record<string, Record<Lang, string>>;

export type SqlStringKey = keyof typeof STRINGS;

export function st(lang: Lang, key: SqlStringKey): string {
	return STRINGS[key][lang];
}
