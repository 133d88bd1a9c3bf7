// The SQL console's own duckdb-wasm instance: a second worker, created only when /sql opens and
// started as the site's is (engine.ts: same files, same settings, the dataset file attached
// read-only). Its tables are shown as views named after the canonical Parquet tables; then
// external access is switched off and the configuration locked, so nothing typed in the console
// can read a URL or a local file, load an extension or undo the lock, and no statement reaches
// the site's own database (another instance in another worker).
import { DataType, Table, type RecordBatch, type Schema } from 'apache-arrow';
import { openEngine } from './engine.ts';
import { arrowRows } from './arrow-rows.ts';
import type { Manifest } from './manifest.ts';
import type { Row } from './types.ts';
import type { ColumnKind } from '../export/table.ts';
import { canonicalTables, canonicalViewsSql } from '../sql/canonical.ts';

const ALIAS = 'dataset';

export interface ConsoleColumn {
	name: string;
	/** the Arrow type as shown in the result's header */
	type: string;
	/** how the export writers treat it (an ExportColumn's kind) */
	kind: ColumnKind;
}

// The engine casts BIGINT and DECIMAL to DOUBLE (engine.ts), so a count arrives as a float.
function kindOfArrowType(t: DataType): ColumnKind {
	if (DataType.isInt(t)) return 'integer';
	if (DataType.isFloat(t) || DataType.isDecimal(t)) return 'number';
	if (DataType.isBool(t)) return 'boolean';
	return 'text';
}

export interface ConsoleResult {
	columns: ConsoleColumn[];
	/** the first rows, at most the limit asked for */
	rows: Row[];
	/** every row of the result (counted while streaming, not kept) */
	rowCount: number;
	ms: number;
}

export interface ConsoleDb {
	/** the canonical tables, as views in the console's main schema */
	tables: string[];
	run(sql: string, keepRows: number): Promise<ConsoleResult>;
	/** the whole result of a statement run again, a batch of rows at a time (for exports) */
	rows(sql: string): AsyncGenerator<Row[]>;
	cancel(): Promise<void>;
	close(): Promise<void>;
}

/** A statement DuckDB cannot stream (several statements at once) runs in one piece instead. */
const isMultiStatement = (e: unknown) => /multiple statements|single statement/i.test(String((e as Error)?.message ?? e));

export async function openConsoleDb(dataUrl: string, manifest: Manifest): Promise<ConsoleDb> {
	const { db, conn } = await openEngine(dataUrl, manifest, ALIAS);
	const tables = canonicalTables(manifest.files);
	for (const sql of canonicalViewsSql(tables, ALIAS)) await conn.query(sql);
	// The file attached above stays readable (DuckDB allows the paths of attached databases);
	// every other path, URL and extension is refused from here on, and the lock keeps it so.
	await conn.query('SET enable_external_access = false');
	await conn.query('SET lock_configuration = true');

	// onSchema: a result with no rows has no batch, but still has columns
	async function* stream(sql: string, onSchema: (s: Schema) => void = () => {}): AsyncGenerator<RecordBatch> {
		let reader;
		try {
			reader = await conn.send(sql, true);
		} catch (e) {
			if (!isMultiStatement(e)) throw e;
			const table = await conn.query(sql);
			onSchema(table.schema);
			yield* table.batches;
			return;
		}
		await reader.open();
		onSchema(reader.schema);
		for await (const batch of reader) yield batch;
	}

	return {
		tables,
		async run(sql, keepRows) {
			const t0 = performance.now();
			let schema: Schema | null = null;
			const kept: RecordBatch[] = [];
			let keptRows = 0;
			let rowCount = 0;
			for await (const batch of stream(sql, (s) => (schema = s))) {
				rowCount += batch.numRows;
				if (keptRows < keepRows) {
					const slice = batch.slice(0, keepRows - keptRows);
					kept.push(slice);
					keptRows += slice.numRows;
				}
			}
			const columns = ((schema as Schema | null)?.fields ?? []).map((f) => ({ name: f.name, type: String(f.type), kind: kindOfArrowType(f.type) }));
			const rows = kept.length ? arrowRows<Row>(new Table(kept)) : [];
			return { columns, rows, rowCount, ms: performance.now() - t0 };
		},
		async *rows(sql) {
			for await (const batch of stream(sql)) yield arrowRows<Row>(new Table(batch));
		},
		async cancel() {
			await conn.cancelSent();
		},
		async close() {
			await conn.close();
			await db.terminate();
		}
	};
}
