// Every seed report, printed to .docx and .pdf by scripts/make-format-fixtures.ts, reads back
// to the same report fields and the same facts as its .txt (offsets aside: the layouts differ).
import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeReport } from '../../../src/lib/extract/decode.ts';
import { extractReport } from '../../../src/lib/extract/extract.ts';
import { readReportFile } from '../../../src/lib/extract/formats/read.ts';
import type { ExtractResult, Fact } from '../../../src/lib/extract/types.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const RAW = join(ROOT, 'data', 'raw');
const FIXTURES = join(ROOT, 'test', 'fixtures', 'formats');

const key = (f: Fact) =>
	JSON.stringify([f.metric, f.value, f.fiscal_year, f.phase, f.scope, f.part, f.econ_code, f.func_code, f.item_label]);

/** Facts of `a` missing from `b` and of `b` missing from `a`, counted as a multiset. */
function difference(a: Fact[], b: Fact[]): { missing: string[]; extra: string[] } {
	const extra = b.map(key);
	const missing: string[] = [];
	for (const k of a.map(key)) {
		const i = extra.indexOf(k);
		if (i >= 0) extra.splice(i, 1);
		else missing.push(k);
	}
	return { missing: missing.sort(), extra: extra.sort() };
}

/** The number the span must show: the value as written (万元, or 元 / 亿元 converted), or for a
 * derived prior-year value the change it was derived from. */
function showsNumber(span: string, f: Fact): boolean {
	if (f.value === null) return span.trim() !== '';
	const written = [...span.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
	const delta = f.derived ? /[+-] (\d+(?:\.\d+)?)/.exec(f.derived) : null;
	const wanted = delta ? [Number(delta[1])] : [f.value, f.value * 10000, f.value / 10000];
	return written.some((v) => wanted.some((w) => Math.abs(v - w) < 1e-6));
}

const seeds = readdirSync(RAW)
	.filter((f) => f.endsWith('.txt'))
	.sort();

it('has a .docx and a .pdf fixture for every seed report', () => {
	const made = readdirSync(FIXTURES).sort();
	expect(made).toEqual(seeds.flatMap((s) => [`${basename(s, '.txt')}.docx`, `${basename(s, '.txt')}.pdf`]).sort());
});

for (const seed of seeds) {
	const plain = extractReport(decodeReport(readFileSync(join(RAW, seed))).text);
	for (const ext of ['.docx', '.pdf']) {
		describe(`${basename(seed, '.txt')}${ext}`, () => {
			let text = '';
			let result: ExtractResult;
			beforeAll(async () => {
				const file = `${basename(seed, '.txt')}${ext}`;
				const read = await readReportFile(new Uint8Array(readFileSync(join(FIXTURES, file))), file);
				expect(read.errors).toEqual([]);
				text = read.text;
				result = extractReport(text);
			}, 60_000);

			it('reads the same report fields as the .txt', () => {
				expect(result.errors).toEqual([]);
				expect(result.report).toEqual(plain.report);
			});

			it('reads the same facts as the .txt', () => {
				expect(result.facts.length).toBeGreaterThan(0);
				expect(difference(plain.facts, result.facts)).toEqual({ missing: [], extra: [] });
			});

			it("gives every fact a span of its own text that shows the fact's number", () => {
				for (const f of result.facts) {
					const span = text.slice(f.src_start, f.src_end);
					expect(span).toBe(f.src_text);
					expect(showsNumber(span, f), `${f.metric} ${f.value} in ${JSON.stringify(span)}`).toBe(true);
				}
			});

			it('leaves no radical or full-width digit in the text', () => {
				expect(text).not.toMatch(/[\u2E80-\u2FDF０-９]/);
			});
		});
	}
}
