// static/data/manifest.json, written by ingest: which database file to attach and what it holds.
export interface Manifest {
	generated_at: string;
	parser_version: string;
	database: string;
	synthetic: boolean;
	counts: Record<string, number>;
	files: Record<string, number>;
}

export function isManifest(x: unknown): x is Manifest {
	const m = x as Manifest;
	return !!m && typeof m.database === 'string' && typeof m.counts === 'object';
}
