// npm run bench:extract-ab -- REV: is the extractor in the working tree faster than at REV?
//
// The throughput ratio of `npm run bench` moves by about 6 % between processes on the same code,
// so a change of a few percent cannot be seen there. This runs both versions in one process, in
// alternating short slices of CPU time, on the reports in data/raw, after checking they give the
// same output. Two things learnt the hard way (docs/DESIGN.md, issue 4 notes):
// - both copies must be loaded the same way: a copy tsx loads as CommonJS ran 7-10 % faster than
//   the same code loaded as ESM, so the old copy gets a package.json with "type": "module";
// - the copy imported first ran a little faster, so the run is repeated with the order swapped
//   (in a second process) and both results are printed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

type Extract = (text: string) => unknown;

const HERE = resolve('src/lib/extract/extract.ts');

/** src/lib as it was at `rev`, in .ab/<rev>/ (inside the repo, so node_modules resolves). */
function checkout(rev: string): string {
	const dir = resolve('.ab', rev.replace(/[^\w.-]/g, '_'));
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	const tar = execFileSync('git', ['archive', rev, 'src/lib'], { maxBuffer: 1 << 28 });
	execFileSync('tar', ['-x', '-C', dir], { input: tar });
	writeFileSync(join(dir, 'package.json'), '{"type":"module"}\n');
	return join(dir, 'src/lib/extract/extract.ts');
}

const cpuMs = () => {
	const u = process.cpuUsage();
	return (u.user + u.system) / 1000;
};

function run(f: Extract, texts: string[], ms: number): [number, number] {
	const t0 = cpuMs();
	let n = 0;
	while (cpuMs() - t0 < ms) {
		for (const t of texts) f(t);
		n += texts.length;
	}
	return [n, cpuMs() - t0];
}

async function compare(oldPath: string, newFirst: boolean): Promise<void> {
	const load = async (p: string) => ((await import(pathToFileURL(p).href)) as { extractReport: Extract }).extractReport;
	const first = await load(newFirst ? HERE : oldPath);
	const second = await load(newFirst ? oldPath : HERE);
	const [oldF, newF] = newFirst ? [second, first] : [first, second];
	const texts = readdirSync('data/raw')
		.filter((f) => f.endsWith('.txt'))
		.map((f) => readFileSync(join('data/raw', f), 'utf8').replace(/\r\n?/g, '\n'));
	const differ = texts.filter((t) => JSON.stringify(oldF(t)) !== JSON.stringify(newF(t))).length;
	// warm both until the optimising compiler has reached them (see extract-throughput.ts)
	run(oldF, texts, 5000);
	run(newF, texts, 5000);
	const tally = { old: [0, 0], new: [0, 0] };
	for (let r = 0; r < 40; r++) {
		for (const [k, f] of [['old', oldF], ['new', newF]] as const) {
			const [n, ms] = run(f, texts, 150);
			tally[k][0]! += n;
			tally[k][1]! += ms;
		}
	}
	const rate = (k: 'old' | 'new') => (tally[k][0]! / tally[k][1]!) * 1000;
	console.log(
		`${newFirst ? 'new imported first' : 'old imported first'}: old ${rate('old').toFixed(0)}/s, new ${rate('new').toFixed(0)}/s, new/old ${(rate('new') / rate('old')).toFixed(3)}` +
			(differ ? ` — outputs differ on ${differ} of ${texts.length} reports` : ' (same output)')
	);
}

const [rev, order] = process.argv.slice(2);
if (!rev) {
	console.error('usage: npm run bench:extract-ab -- REV   (a commit to compare the working tree with)');
	process.exit(2);
}
if (order === undefined) {
	const oldPath = checkout(rev);
	try {
		// each order in a process of its own, so neither inherits the other's compiled code
		for (const o of ['old-first', 'new-first'])
			execFileSync(process.execPath, [...process.execArgv, process.argv[1]!, rev, o, oldPath], { stdio: 'inherit' });
	} finally {
		rmSync(resolve('.ab'), { recursive: true, force: true });
	}
} else {
	await compare(process.argv[4]!, order === 'new-first');
}
