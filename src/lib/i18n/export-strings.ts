// What the download controls and the data-quality page say, in Chinese and English.
import type { Lang } from '../url/view-state.ts';

const S = {
	download: { zh: '下载', en: 'Download' },
	downloadView: { zh: '下载当前数据', en: 'Download this view' },
	preparing: { zh: '正在生成…', en: 'Preparing…' },
	rowsSaved: { zh: '行已保存', en: 'rows saved' },
	xlsxTooBig: { zh: '超过 Excel 每表 1,048,576 行上限，请下载 CSV 或 Parquet', en: "More rows than Excel's 1,048,576 a sheet: download CSV or Parquet" },
	xlsxCellTooBig: { zh: '有单元格超过 Excel 的 32,767 字符上限，请下载 CSV 或 Parquet', en: "A cell exceeds Excel's 32,767 characters: download CSV or Parquet" },
	dataset: { zh: '下载整个数据集', en: 'Download the whole dataset' },
	datasetNote: {
		zh: 'CSV 为 UTF-8（带 BOM），Excel 与 WPS 可直接打开中文；Parquet 可用 DuckDB、Spark、Trino、pandas 读取。Excel/WPS 每表最多 1,048,576 行，更大的表请用 Parquet 或数据库工具。',
		en: "CSV is UTF-8 with a byte-order mark, so Excel and WPS show Chinese correctly; Parquet reads in DuckDB, Spark, Trino or pandas. Excel and WPS show at most 1,048,576 rows a sheet: use Parquet or a database tool for larger tables."
	},
	workbook: { zh: '全部表格（一个 XLSX 工作簿，每表一页）', en: 'All tables (one XLSX workbook, a sheet per table)' },
	leftOut: { zh: '未收入工作簿', en: 'not in the workbook' },
	table: { zh: '表', en: 'Table' },
	rows: { zh: '行数', en: 'Rows' },
	files: { zh: '文件', en: 'Files' },
	tooManyForExcel: { zh: '超过 Excel 行数上限', en: "over Excel's row limit" },
	cellTooLong: { zh: '单元格超过 Excel 字符上限', en: "cells over Excel's character limit" }
} as const satisfies Record<string, Record<Lang, string>>;

export function ts(lang: Lang, key: keyof typeof S): string {
	return S[key][lang];
}

export const TABLE_LABELS: Record<string, Record<Lang, string>> = {
	regions: { zh: '行政区划与人口', en: 'Regions and population' },
	bureaus: { zh: '单位', en: 'Bureaus' },
	reports: { zh: '报告', en: 'Reports' },
	facts: { zh: '数据点（每个数字一行，含原文）', en: 'Facts (one number a row, with its sentence)' },
	report_texts: { zh: '报告全文', en: 'Report texts' },
	checks: { zh: '核对结果', en: 'Checks' },
	problems: { zh: '解析问题', en: 'Problems' },
	bureau_year: { zh: '单位×年度汇总', en: 'Bureau x year summary' }
};

/** File-name prefix of every download. */
export const exportPrefix = (lang: Lang) => (lang === 'en' ? 'petition-bureaus' : '信访局');
