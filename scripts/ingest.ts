// npm run ingest: every report in data/raw -> the normalized tables under static/data/
// (Parquet for download, one DuckDB file for the browser), then a one-screen summary.
// Exit status 0 when the dataset was written, even if some reports failed: those are named
// with their errors here and kept in the `problems` table.
import { ingest, parseArgs, summary } from './ingest/run.ts';

const opts = parseArgs(process.argv.slice(2));
const result = await ingest(opts);
console.log(summary(result, opts));
