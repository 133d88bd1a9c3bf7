// Download file names say what and when: 信访局_比较_人均支出_2023_20261126.csv. Parts that are
// empty are left out; characters no file system accepts become "-".

export type ExportFormat = 'csv' | 'xlsx' | 'parquet';

const UNSAFE = /[\\/:*?"<>|\u0000-\u001F]+/g;

export function fileStamp(date: Date): string {
	const p = (n: number) => String(n).padStart(2, '0');
	return `${date.getFullYear()}${p(date.getMonth() + 1)}${p(date.getDate())}`;
}

export function exportFileName(parts: (string | number | null | undefined)[], format: ExportFormat, date: Date = new Date()): string {
	const clean = parts
		.map((p) => (p === null || p === undefined ? '' : String(p)))
		.map((p) => p.replace(UNSAFE, '-').replace(/[\s-]+/g, '-').replace(/^[-.]+|[-.]+$/g, ''))
		.filter((p) => p !== '');
	return `${[...clean, fileStamp(date)].join('_')}.${format}`;
}
