import type { Table } from 'apache-arrow';
import type { Row, Value } from './types.ts';

// Arrow vectors (lists) become plain arrays and struct rows plain objects, so rows are
// JSON-like all the way to the views.
function plain(v: unknown): Value {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v !== 'object') return v as Value;
	if ('toArray' in v) return Array.from((v as { toArray(): ArrayLike<unknown> }).toArray(), plain);
	if ('toJSON' in v) {
		const o = (v as { toJSON(): Record<string, unknown> }).toJSON();
		return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, plain(x)])) as Value;
	}
	return v as Value;
}

// Read column by column, batch by batch: a row proxy per row (iterating the table) costs a
// property lookup through the schema for every cell, which for a few thousand rows of a scatter
// was most of a query's time on the main thread.
export function arrowRows<T = Row>(table: Table): T[] {
	const names = table.schema.fields.map((f) => f.name);
	// a name given twice reads its first column, as a row proxy does
	const first = names.map((n, j) => names.indexOf(n) === j);
	const out: Record<string, Value>[] = [];
	for (const batch of table.batches) {
		const start = out.length;
		for (let i = 0; i < batch.numRows; i++) out.push({});
		names.forEach((n, j) => {
			if (!first[j]) return;
			const col = batch.getChildAt(j);
			if (!col) return;
			for (let i = 0; i < batch.numRows; i++) out[start + i]![n] = plain(col.get(i));
		});
	}
	return out as T[];
}
