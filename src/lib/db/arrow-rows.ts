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
