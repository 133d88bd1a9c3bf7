// Loads each seed report with its fixture, matched by text (every fact's and trap's as_written at
// its offset), never by file name: data/raw names differ from the fixtures' original names.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeReport } from '../../src/lib/extract/decode.ts';
import type { Phase, ReportInfo, Scope } from '../../src/lib/extract/types.ts';

export interface FixtureFact {
	metric: string;
	value: number | null;
	unit: string;
	fiscal_year: number;
	phase: Phase;
	scope: Scope | null;
	part: string | null;
	econ_code: string | null;
	func_code: string | null;
	item_label: string | null;
	at: number | null;
	as_written: string | null;
	derived: string | null;
}

export interface Fixture {
	file: string;
	report: ReportInfo;
	facts: FixtureFact[];
	expected_checks: { check: string; status: string; why: string }[];
	traps: { at: number; text: string; why: string }[];
}

export interface Seed {
	path: string;
	text: string;
	fixture: Fixture;
}

const ROOT = join(import.meta.dirname, '..', '..');

function fits(text: string, fx: Fixture): boolean {
	return (
		fx.facts.every((f) => f.at === null || text.slice(f.at, f.at + f.as_written!.length) === f.as_written) &&
		fx.traps.every((t) => text.slice(t.at, t.at + t.text.length) === t.text)
	);
}

export function loadSeeds(): Seed[] {
	const rawDir = join(ROOT, 'data', 'raw');
	const fxDir = join(ROOT, 'test', 'fixtures');
	const texts = readdirSync(rawDir)
		.filter((f) => f.endsWith('.txt'))
		.map((f) => ({ path: join(rawDir, f), text: decodeReport(readFileSync(join(rawDir, f))).text }));
	return readdirSync(fxDir)
		.filter((f) => f.endsWith('.facts.json'))
		.sort()
		.map((f) => {
			const fixture = JSON.parse(readFileSync(join(fxDir, f), 'utf8')) as Fixture;
			const hit = texts.filter((t) => fits(t.text, fixture));
			if (hit.length !== 1) throw new Error(`${f}: ${hit.length} reports fit this fixture`);
			return { ...hit[0]!, fixture };
		});
}

/** A fact read from a flattened table: its line holds tabs or bars, or is a cell of its own. */
export function inTable(text: string, at: number): boolean {
	const start = text.lastIndexOf('\n', at - 1) + 1;
	const end = text.indexOf('\n', at);
	const line = text.slice(start, end < 0 ? text.length : end);
	return /\t|\|/.test(line);
}
