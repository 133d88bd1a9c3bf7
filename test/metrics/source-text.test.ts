import { describe, expect, it } from 'vitest';
import { pieces } from '../../src/lib/metrics/source-text.ts';

const text = '合计\t\t432.39\t432.39\t0.00 其他';
const join = (ps: { start: number; end: number }[]) => ps.map((p) => text.slice(p.start, p.end)).join('');

describe('pieces', () => {
	const ranges = [
		{ start: 0, end: 12 },
		{ start: 0, end: 17 },
		{ start: 0, end: 22 }
	];

	it('keeps the selected range whole, cut only inside by the other ranges, and loses no character', () => {
		const p = pieces(text.length, ranges, { start: 0, end: 17 });
		expect(join(p.selected)).toBe(text.slice(0, 17));
		expect(join(p.before) + join(p.selected) + join(p.after)).toBe(text);
		expect(p.selected.map((x) => x.facts)).toEqual([[0, 1, 2], [1, 2]]);
		expect(p.selected.map((x) => x.ending)).toEqual([[0], [1]]);
		expect(p.after[0]).toMatchObject({ start: 17, end: 22, facts: [2], ending: [2] });
		expect(p.after[1]).toMatchObject({ start: 22, end: text.length, facts: [], ending: [] });
	});

	it('with nothing selected, cuts at every boundary', () => {
		const p = pieces(text.length, ranges, null);
		expect(p.selected).toEqual([]);
		expect(p.before.map((x) => [x.start, x.end])).toEqual([[0, 12], [12, 17], [17, 22], [22, text.length]]);
	});

	it('a selection past the end of the text is clipped', () => {
		expect(join(pieces(text.length, [], { start: 20, end: 99 }).selected)).toBe(text.slice(20));
	});
});
