// npm run serve:data -- DIR [--port 4180] [--host 127.0.0.1] [--allow-origin URL]...
// Serves a data directory (static/data, synth/data) on a host of its own, as an intranet data
// server would: HEAD and range reads, and CORS for the site origins allowed to read it. A site
// built with PUBLIC_DATA_URL=<this URL> reads its default dataset from here (README "数据单独部署").
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { startServer } from './serve/static-server.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : undefined;
};
const origins = args.flatMap((a, i) => (args[i - 1] === '--allow-origin' ? [a.replace(/\/+$/, '')] : []));
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (!dir || !existsSync(`${dir}/manifest.json`)) {
	console.error('usage: npm run serve:data -- DIR --allow-origin http://site.example:4173 [--port 4180]\n' +
		`  DIR must hold a dataset (manifest.json): static/data after npm run ingest, or synth/data after npm run synth${dir ? `; ${dir}/manifest.json not found` : ''}`);
	process.exit(1);
}
if (origins.length === 0) console.warn('no --allow-origin given: browsers will refuse to read these files from another origin');
// the directory is served under its own name (synth/data -> /data/), so the URL names the dataset
const running = await startServer({
	root: dir,
	base: `/${basename(dir)}`,
	port: Number(flag('--port') ?? 4180),
	host: flag('--host') ?? '127.0.0.1',
	corsOrigins: origins
});
console.log(`data served at ${running.url} for ${origins.join(', ') || 'no other origin'}`);
console.log(`build the site with PUBLIC_DATA_URL=${running.url} (and PUBLIC_DATASET=synth for the synthetic panel)`);
