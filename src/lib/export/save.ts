// Saving a file in the browser: the site is static, so every download (tables, charts, the SQL
// console's results) is a Blob handed to an <a download> click. Its own module so the chart
// toolbar can save a PNG without pulling in the table writers.

/** Hands a blob to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.rel = 'noopener';
	document.body.append(a);
	a.click();
	a.remove();
	// revoked later, not at once: the browser may still be reading the URL after click()
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
