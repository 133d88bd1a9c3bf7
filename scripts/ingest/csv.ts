import { parseCsvTable } from '../../src/lib/dataset/csv.ts';

/** The reference CSVs as records keyed by header (see src/lib/dataset/csv.ts). */
export function parseCsv(text: string): Record<string, string>[] {
	return parseCsvTable(text).records.map((r) => r.values);
}
