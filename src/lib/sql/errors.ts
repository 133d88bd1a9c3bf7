// DuckDB's own error message, shown as it is, with one line of explanation where the console's
// lock-down is the reason (a URL, a file path, an extension or a setting).
export function lockdownHint(message: string, sql: string, lang: 'zh' | 'en'): string | null {
	const refused = /file system operations are disabled|external extensions is disabled|configuration has been locked/i.test(message);
	// `FROM 'http://…'` is not even tried as a file: DuckDB looks for a table of that name
	const urlOrPath = /'(https?|s3|gcs|azure|hf):\/\/|'(\/|[a-z]:\\|~\/)/i.test(sql);
	if (!refused && !urlOrPath) return null;
	return lang === 'en'
		? 'The console has no network or file access: it reads only the dataset loaded with the page (external access is off and the configuration is locked).'
		: '控制台不能访问网络或本地文件：只能查询随页面加载的数据集（已关闭外部访问并锁定配置）。';
}
