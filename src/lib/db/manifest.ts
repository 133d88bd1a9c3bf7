// static/data/first-view.json: the landing view, computed at ingest by the same SQL the browser
// runs later, so the first chart is drawn before DuckDB is ready.
export const FIRST_VIEW_FILE = 'first-view.json';

// static/data/manifest.json, written by ingest: which database file to attach and what it holds.
export interface Manifest {
	generated_at: string;
	parser_version: string;
	database: string;
	synthetic: boolean;
	counts: Record<string, number>;
	files: Record<string, number>;
	/** the whole dataset for download: Parquet per table (`<table>.parquet`), and these */
	downloads?: DatasetDownloads;
}

export interface DatasetDownloads {
	/** table -> its CSV file (UTF-8 with BOM) */
	csv: Record<string, string>;
	/** one workbook, a sheet per table that fits in Excel; the others are named with the reason */
	xlsx: { file: string; sheets: string[]; left_out: { table: string; reason: 'rows' | 'cell' }[] };
}

export function isManifest(x: unknown): x is Manifest {
	const m = x as Manifest;
	return !!m && typeof m.database === 'string' && typeof m.counts === 'object';
}
