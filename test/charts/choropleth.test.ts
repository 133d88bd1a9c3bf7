// The map's option builder: every region drawn, no-data regions hatched grey with a tooltip that
// says what is missing, values with their unit and report years, the filter outlined.
import { describe, expect, it } from 'vitest';
import { choroplethOption, NO_DATA_COLOR, regionTooltip, valueRange, valueText, yearsText, type ChoroplethContext } from '../../src/lib/charts/choropleth.ts';
import { metricById } from '../../src/lib/metrics/registry.ts';
import { joinRegions, type JoinedRegion } from '../../src/lib/geo/join.ts';
import { filterForRegion, selectedCodes } from '../../src/lib/geo/filter.ts';
import type { GeoCollection } from '../../src/lib/geo/types.ts';

const square = (x: number) => ({ type: 'Polygon' as const, coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] });
const GEO: GeoCollection = {
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { adcode: '430412', name: '南岳区', parent: '430400', cp: [0.5, 27] }, geometry: square(0) },
		{ type: 'Feature', properties: { adcode: '430408', name: '蒸湘区', parent: '430400', cp: [1.5, 27] }, geometry: square(1) },
		{ type: 'Feature', properties: { adcode: '431102', name: '零陵区', parent: '431100', cp: [2.5, 27] }, geometry: square(2) },
		{ type: 'Feature', properties: { adcode: 'nanhai', name: '南海诸岛', inset: true }, geometry: square(3) }
	]
};
const ROWS = [
	{ code: '430412', bureaus: 1, value: 40.928, first_year: 2021, last_year: 2021, names: ['南岳区信访局'] },
	{ code: '431102', bureaus: 2, value: 27.1245, first_year: 2023, last_year: 2024, names: ['零陵区信访局', '零陵区<信访办>'] },
	{ code: '431171', bureaus: 1, value: 12, first_year: 2024, last_year: 2024, names: ['永州经开区信访局'] }
];
const perStaff = metricById('spend_per_staff');
const ctx = (over: Partial<ChoroplethContext> = {}): ChoroplethContext => ({
	map: 'xf:test', metric: perStaff, lang: 'zh', year: null, selected: new Set(), aspectScale: 0.9, labels: false, ...over
});
const joined = joinRegions(GEO, ROWS);
type Item = { name: string; value: number; itemStyle?: { areaColor?: string; borderWidth?: number; decal?: unknown }; tooltip?: { show: boolean }; label?: { show: boolean } };
const seriesOf = (o: ReturnType<typeof choroplethOption>) => (o.series as { data: Item[]; nameProperty: string; map: string }[])[0]!;

describe('joinRegions', () => {
	it('keeps every region of the file, with null where no bureau reported, and sets aside rows not on the map', () => {
		expect(joined.regions.map((r) => [r.code, r.value])).toEqual([['430412', 40.928], ['430408', null], ['431102', 27.1245], ['nanhai', null]]);
		expect(joined.regions[3]!.inset).toBe(true);
		expect(joined.unmatched.map((r) => r.code)).toEqual(['431171']);
	});
});

describe('valueText and yearsText', () => {
	it('writes the unit formatValue leaves out, and never 0 for missing', () => {
		expect(valueText(perStaff, 40.928, 'zh')).toBe('40.93 万元/人');
		expect(valueText(perStaff, 40.928, 'en')).toBe('40.93 10k yuan per person');
		expect(valueText(metricById('spend_total'), 1780.37, 'zh')).toBe('1,780.37 万元');
		expect(valueText(metricById('staff_actual'), 33, 'en')).toBe('33 persons');
		expect(valueText(metricById('project_share'), 0.4544, 'zh')).toBe('45.4%');
		expect(valueText(perStaff, null, 'zh')).toBe('无数据');
		expect(valueText(perStaff, null, 'en')).toBe('no data');
	});
	it('gives one year or a span', () => {
		expect(yearsText(2023, 2023, 'zh')).toBe('2023年');
		expect(yearsText(2021, 2024, 'zh')).toBe('2021–2024年');
		expect(yearsText(2021, 2024, 'en')).toBe('2021–2024');
		expect(yearsText(null, null, 'zh')).toBe('');
	});
});

describe('regionTooltip', () => {
	it('shows the value with its unit, the report year and the bureau', () => {
		const tip = regionTooltip(joined.regions[0]!, ctx());
		expect(tip).toBe('<b>南岳区</b><br/>人均支出：<b>40.93 万元/人</b><br/>报告年度：2021年<br/><small>南岳区信访局</small>');
	});
	it('says a value is the median of several bureaus, and escapes names', () => {
		const tip = regionTooltip(joined.regions[2]!, ctx({ lang: 'en' }));
		expect(tip).toContain('Spending per staff member: <b>27.12 10k yuan per person</b>');
		expect(tip).toContain('Report year: 2023–2024');
		expect(tip).toContain('2 bureaus, median: 零陵区信访局, 零陵区&lt;信访办&gt;');
	});
	it('says what is missing for a region without data', () => {
		expect(regionTooltip(joined.regions[1]!, ctx({ year: 2023 }))).toBe('<b>蒸湘区</b><br/>无数据：本地区没有单位报告人均支出（2023年）');
		expect(regionTooltip(joined.regions[1]!, ctx({ lang: 'en' }))).toBe('<b>蒸湘区</b><br/>No data: no bureau here reported spending per staff member');
	});
});

describe('valueRange', () => {
	it('spans the values; a single value is scaled from 0 so it is not drawn palest', () => {
		expect(valueRange([3, 1, 2])).toEqual([1, 3]);
		expect(valueRange([53.95])).toEqual([0, 53.95]);
		expect(valueRange([-0.1, -0.1])).toEqual([-0.1, 0]);
		expect(valueRange([0])).toEqual([0, 1]);
		expect(valueRange([])).toBeNull();
	});
});

describe('choroplethOption', () => {
	it('draws every region keyed by adcode, no-data regions grey and hatched, never 0', () => {
		const o = choroplethOption(joined.regions, ctx());
		const s = seriesOf(o);
		expect(s.map).toBe('xf:test');
		expect(s.nameProperty).toBe('adcode');
		expect(s.data.map((d) => d.name)).toEqual(['430412', '430408', '431102', 'nanhai']);
		expect(s.data[0]!.value).toBe(40.928);
		expect(s.data[1]!.value).toBeNaN();
		expect(s.data[1]!.itemStyle?.areaColor).toBe(NO_DATA_COLOR);
		expect(s.data[1]!.itemStyle?.decal).toBeDefined();
		const vm = o.visualMap as { min: number; max: number; text: string[] };
		expect([vm.min, vm.max]).toEqual([27.1245, 40.928]);
		expect(vm.text).toEqual(['40.93 万元/人', '27.12 万元/人']);
	});
	it('draws the inset as an outline with no tooltip', () => {
		const inset = seriesOf(choroplethOption(joined.regions, ctx())).data[3]!;
		expect(inset.tooltip).toEqual({ show: false });
		expect(inset.itemStyle?.areaColor).toBe('rgba(0,0,0,0)');
	});
	it('has no colour scale when nothing has data', () => {
		const empty = joinRegions(GEO, []).regions;
		const o = choroplethOption(empty, ctx());
		expect(o.visualMap).toBeUndefined();
		expect(seriesOf(o).data.slice(0, 3).every((d) => Number.isNaN(d.value))).toBe(true);
	});
	it('outlines the filtered regions and labels regions with data in a province view', () => {
		const s = seriesOf(choroplethOption(joined.regions, ctx({ selected: new Set(['430412', '430408']), labels: true })));
		expect(s.data[0]!.itemStyle?.borderWidth).toBe(2);
		expect(s.data[1]!.itemStyle?.borderWidth).toBe(2);
		expect(s.data[2]!.itemStyle).toBeUndefined();
		expect(s.data[0]!.label).toEqual({ show: true });
		expect(s.data[1]!.label).toBeUndefined();
	});
	it('formats the tooltip of the hovered region by its index', () => {
		const o = choroplethOption(joined.regions, ctx());
		const f = (o.tooltip as { formatter: (p: { dataIndex: number }) => string }).formatter;
		expect(f({ dataIndex: 2 })).toContain('27.12 万元/人');
		expect(f({ dataIndex: 3 })).toBe('');
	});
});

describe('filters from a click', () => {
	it('a prefecture filters to itself, a county to its prefecture, a municipality to its province', () => {
		expect(filterForRegion({ code: '430400', parent: '430000' }, 'prefecture')).toEqual({ province: null, prefecture: '430400' });
		expect(filterForRegion({ code: '431102', parent: '431100' }, 'county')).toEqual({ province: null, prefecture: '431100' });
		expect(filterForRegion({ code: '429004', parent: '420000' }, 'county')).toEqual({ province: '420000', prefecture: null });
		expect(filterForRegion({ code: '110100', parent: '110000' }, 'prefecture')).toEqual({ province: '110000', prefecture: null });
	});
	it('outlines the prefecture, or its counties', () => {
		expect([...selectedCodes(joined.regions, 'county', '430400')]).toEqual(['430412', '430408']);
		expect([...selectedCodes(joined.regions, 'prefecture', '430400')]).toEqual(['430400']);
		expect(selectedCodes(joined.regions, 'county', null).size).toBe(0);
	});
});
