// npm run export:hive -- [--from static/data] [--out exports/hive]
// Writes a dataset's canonical Parquet files in the layout servers and clusters read: the two big
// tables Hive-partitioned by province and year (facts/province_code=430000/fiscal_year=2023/…),
// the small ones as single files. DuckDB on a server, Spark and Trino read it as shown in
// docs/DESIGN.md "Past one machine". The partition columns are the files' own columns, so a
// query written against facts.parquet runs unchanged against the partitioned copy (they live in
// the directory names only, as Spark requires; give readers their types, see the docs).
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Tables partitioned, with the SQL that gives their partition columns. */
const PARTITIONED: Record<string, string> = {
	// a bureau without a region code (ambiguous name) goes to province_code=unknown, never dropped
	facts: `SELECT *, coalesce(substr(region_code, 1, 2) || '0000', 'unknown') AS province_code FROM read_parquet(?)`,
	bureau_year: `SELECT * REPLACE (coalesce(province_code, 'unknown') AS province_code) FROM read_parquet(?)`
};

export interface HiveExport {
	out: string;
	tables: { name: string; rows: number; partitions: number }[];
}

const sqlString = (s: string) => `'${s.replaceAll("'", "''")}'`;

export async function exportHive(from: string, out: string): Promise<HiveExport> {
	if (!existsSync(join(from, 'manifest.json'))) throw new Error(`${from}/manifest.json not found: run npm run ingest (or npm run synth) first`);
	rmSync(out, { recursive: true, force: true });
	mkdirSync(out, { recursive: true });
	const instance = await DuckDBInstance.create(':memory:');
	const conn = await instance.connect();
	const tables: HiveExport['tables'] = [];
	try {
		for (const file of readdirSync(from).filter((f) => f.endsWith('.parquet')).sort()) {
			const name = file.replace(/\.parquet$/, '');
			const src = sqlString(resolve(from, file));
			const select = PARTITIONED[name]?.replace('?', src);
			const target = sqlString(resolve(out, select ? name : file));
			await conn.run(
				select
					? `COPY (${select}) TO ${target} (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (province_code, fiscal_year))`
					: `COPY (SELECT * FROM read_parquet(${src})) TO ${target} (FORMAT parquet, COMPRESSION zstd)`
			);
			const rows = Number((await (await conn.run(`SELECT count(*) FROM read_parquet(${src})`)).getRows())[0]![0]);
			const partitions = select ? readdirSync(join(out, name), { recursive: true }).filter((p) => String(p).endsWith('.parquet')).length : 1;
			tables.push({ name, rows, partitions });
		}
	} finally {
		conn.closeSync();
		instance.closeSync();
	}
	return { out, tables };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const args = process.argv.slice(2);
	const opt = (flag: string, fallback: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1]! : fallback);
	const result = await exportHive(opt('--from', 'static/data'), opt('--out', 'exports/hive'));
	for (const t of result.tables) console.log(`${t.name.padEnd(14)} ${String(t.rows).padStart(9)} rows  ${t.partitions} file(s)`);
	console.log(`written to ${result.out}/ (facts and bureau_year partitioned by province_code and fiscal_year)`);
}
