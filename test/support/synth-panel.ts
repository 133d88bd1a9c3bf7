// The small synthetic panel the browser tests serve at /data-synth/ (two years, no whole-dataset
// downloads). Generating it takes a minute, and five test files need the same one: it is written
// once into a temp directory named by a hash of the code that shapes it, and reused while that
// code is unchanged (a change of any of those files gives a new directory, so never a stale one).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const INPUTS = ['scripts/synth.ts', 'scripts/synth', 'scripts/ingest', 'src/lib/dataset', 'src/lib/metrics'];

function inputsHash(): string {
	const h = createHash('sha256');
	const add = (path: string) => {
		if (path.endsWith('.ts')) h.update(path).update(readFileSync(path));
		else if (!path.includes('.')) for (const f of readdirSync(path).sort()) add(join(path, f));
	};
	INPUTS.forEach(add);
	return h.digest('hex').slice(0, 16);
}

/** The directory of the panel, generated on first use. */
export function smallSynthPanel(): string {
	const dir = join(tmpdir(), `xf-synth-small-${inputsHash()}`);
	if (existsSync(join(dir, 'manifest.json'))) return dir;
	const tmp = `${dir}.tmp-${process.pid}`;
	execFileSync('npx', ['tsx', 'scripts/synth.ts', '--years', '2023-2024', '--out', tmp, '--no-downloads'], { stdio: 'pipe' });
	rmSync(dir, { recursive: true, force: true });
	renameSync(tmp, dir);
	return dir;
}
