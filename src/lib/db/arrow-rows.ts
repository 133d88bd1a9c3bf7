import type { Table } from 'apache-arrow';
import type { Row, Value } from './types.ts';

// Arrow vectors (lists) become plain arrays so rows are JSON-like all the way to the views.
function plain(v: unknown): Value {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'object' && v !== null && 'toArray' in v)
		return Array.from((v as { toArray(): ArrayLike<unknown> }).toArray(), plain);
	return v as Value;
}

export function arrowRows<T = Row>(table: Table): T[] {
	const names = table.schema.fields.map((f) => f.name);
	const out: T[] = [];
	for (const r of table) {
		const row: Record<string, Value> = {};
		for (const n of names) row[n] = plain((r as Record<string, unknown>)[n]);
		out.push(row as T);
	}
	return out;
}
