// RFC 4180 CSV as spreadsheets write it (quoted fields may hold commas, quotes and newlines;
// a UTF-8 BOM is dropped), with the line each record starts on, so a problem can name it.

export interface CsvRecord {
	/** line of the file the record starts on; the header is line 1 */
	line: number;
	values: Record<string, string>;
}

export interface CsvTable {
	header: string[];
	records: CsvRecord[];
}

export function parseCsvTable(input: string): CsvTable {
	const text = input.replace(/^\uFEFF/, '');
	const rows: { line: number; fields: string[] }[] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let line = 1;
	let rowLine = 1;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else {
				if (ch === '\n') line++;
				field += ch;
			}
		} else if (ch === '"') quoted = true;
		else if (ch === ',') {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			if (ch === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push({ line: rowLine, fields: row });
			row = [];
			field = '';
			line++;
			rowLine = line;
		} else field += ch;
	}
	if (field !== '' || row.length > 0) rows.push({ line: rowLine, fields: [...row, field] });
	const [head, ...body] = rows;
	if (!head) return { header: [], records: [] };
	const header = head.fields.map((h) => h.trim());
	return {
		header,
		records: body
			// spreadsheets leave rows of empty cells (",,,,") below the data
			.filter((r) => r.fields.some((f) => f.trim() !== ''))
			.map((r) => ({ line: r.line, values: Object.fromEntries(header.map((h, i) => [h, r.fields[i] ?? ''])) }))
	};
}
