// Ingest as a function: the CLI (scripts/ingest.ts) and the tests call it.
import { readFile } from 'node:fs/promises';
import { decodeReport } from '../../src/lib/extract/decode.ts';
import { applyCorrections, parseCorrections } from '../../src/lib/dataset/corrections.ts';
import { allRegions } from '../../src/lib/regions/divisions.ts';
import { regionRows } from '../../src/lib/dataset/regions-table.ts';
import { buildDataset, PARSER_VERSION, type Row } from '../../src/lib/dataset/build.ts';
import { readReports } from './read-reports.ts';
import { parseCsv } from './csv.ts';
import { writeTables } from './write-tables.ts';
import { publish } from './publish.ts';

export interface Options {
	raw: string;
	out: string;
	census: string;
	/** analysts' corrections (CSV); none when absent */
	corrections?: string;
}

export function parseArgs(argv: string[]): Options {
	const opts: Options = {
		raw: 'data/raw',
		out: 'static/data',
		census: 'data/reference/census2020_cn_county_prefecture.csv',
		corrections: 'data/corrections.csv'
	};
	for (let i = 0; i < argv.length; i++) {
		const flag = argv[i];
		const value = argv[i + 1];
		if ((flag === '--raw' || flag === '--out' || flag === '--census' || flag === '--corrections') && value) {
			opts[flag.slice(2) as keyof Options] = value;
			i++;
		} else throw new Error(`unknown argument ${flag}; usage: ingest [--raw DIR] [--out DIR] [--census CSV] [--corrections CSV]`);
	}
	return opts;
}

export async function ingest(opts: Options) {
	const inputs = await readReports(opts.raw);
	const census = parseCsv(await readFile(opts.census, 'utf8'))
		.filter((r) => r.population && /^\d{6}$/.test(r.code ?? ''))
		.map((r) => ({ code: r.code!, population: Number(r.population) }));
	const dataset = buildDataset(inputs);
	if (opts.corrections) {
		// spreadsheets save CSV as UTF-8 with or without BOM, or in the local code page (GB18030)
		const bytes = await readFile(opts.corrections).catch((e: NodeJS.ErrnoException) => {
			if (e.code === 'ENOENT') return null;
			throw e;
		});
		if (bytes) applyCorrections(dataset, parseCorrections(decodeReport(bytes).text), opts.corrections);
	}
	const regions = regionRows(allRegions(), census);

	const manifest = await publish(opts.out, (tmp) => writeTables(tmp, { ...dataset, regions }), {
		parser_version: PARSER_VERSION,
		synthetic: false
	});
	return { inputs, dataset, counts: manifest.counts };
}

export function summary(result: Awaited<ReturnType<typeof ingest>>, opts: Options): string {
	const { inputs, dataset } = result;
	const factsPer = new Map<string, number>();
	const keyToFile = new Map(dataset.reports.map((r) => [r.report_key, String(r.source_file)]));
	for (const f of dataset.facts) {
		const file = keyToFile.get(f.report_key)!;
		factsPer.set(file, (factsPer.get(file) ?? 0) + 1);
	}
	const isCorrection = (p: Row) => String(p.code).startsWith('correction_');
	const errors = dataset.problems.filter((p) => p.severity === 'error' && !isCorrection(p));
	const corrections = dataset.corrections;
	const applied = corrections.filter((c) => c.status === 'applied').length;
	const warnings = dataset.problems.filter((p) => p.severity === 'warning');
	const lines = [
		`ingest: ${inputs.length} file(s) in ${opts.raw} -> ${opts.out}`,
		...dataset.reports.map((r) => {
			const file = String(r.source_file);
			const checks = dataset.checks.filter((c) => c.report_key === r.report_key);
			const bad = checks.filter((c) => c.status !== 'ok').length;
			return `  ok    ${file.padEnd(44)} ${String(factsPer.get(file) ?? 0).padStart(4)} facts  ${checks.length} checks${bad ? ` (${bad} not ok)` : ''}  ${r.bureau_id} ${r.fiscal_year ?? '?'}`;
		}),
		...errors.map((p) => `  ERROR ${String(p.source_file).padEnd(44)} ${p.message}`),
		...(corrections.length ? [`corrections: ${applied} applied, ${corrections.length - applied} not applied (${opts.corrections})`] : []),
		...dataset.problems.filter(isCorrection).map((p) => `  CORRECTION NOT APPLIED  ${p.message}`),
		`reports: ${dataset.reports.length} ingested, ${errors.length} failed; facts: ${dataset.facts.length}; warnings: ${warnings.length} (see the problems table)`
	];
	return lines.join('\n');
}

