// npm run serve: the built site on localhost. PORT and BASE_PATH as in the build.
import { existsSync } from 'node:fs';
import { startServer } from './serve/static-server.ts';

if (!existsSync('build/index.html')) {
	console.error('build/ 不存在：请先运行 npm run build (or npm start, which ingests and builds first)');
	process.exit(1);
}
const port = Number(process.env.PORT ?? 4173);
// The synthetic panel (npm run synth) is served beside the site, never inside its data/.
const synth = existsSync('synth/data/manifest.json');
const running = await startServer({
	root: 'build',
	base: process.env.BASE_PATH ?? '',
	port,
	host: process.env.HOST ?? '127.0.0.1',
	mounts: synth ? { '/data-synth/': 'synth/data' } : {}
});
console.log(`信访局支出比较 is served at ${running.url}  (Ctrl+C to stop)`);
if (synth) console.log(`synthetic national panel (合成数据): ${running.url}?data=synth`);
