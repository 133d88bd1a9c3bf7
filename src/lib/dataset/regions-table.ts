import type { Region } from '../extract/types.ts';
import { CODE_CROSSWALK } from '../regions/divisions.ts';

export interface PopulationRow {
	code: string;
	population: number;
}

// a type alias, not an interface, so rows assign to the writer's Record rows
export type RegionRow = {
	code: string;
	name: string;
	level: string;
	parent_code: string | null;
	province_code: string;
	prefecture_code: string | null;
	functional_zone: boolean;
	population: number | null;
	population_year: number | null;
	population_source: string | null;
};

export const CENSUS_SOURCE =
	'第七次全国人口普查 (2020) 分县资料, via leiii/census (MIT); 2020 figures used for every year';

/**
 * Joins the current code list with census population. Census codes of an older vintage are
 * moved to their current code first, so a renamed county keeps its population.
 */
export function regionRows(regions: Region[], census: PopulationRow[]): RegionRow[] {
	const population = new Map<string, number>();
	for (const row of census) {
		const code = CODE_CROSSWALK[row.code]?.code ?? row.code;
		if (!population.has(code)) population.set(code, row.population);
	}
	const byCode = new Map(regions.map((r) => [r.code, r]));
	return regions.map((r) => {
		const parent = r.parent_code ? byCode.get(r.parent_code) : undefined;
		const pop = population.get(r.code) ?? null;
		return {
			code: r.code,
			name: r.name,
			level: r.level,
			parent_code: r.parent_code,
			province_code: r.code.slice(0, 2) + '0000',
			prefecture_code:
				r.level === 'prefecture' ? r.code : parent?.level === 'prefecture' ? parent.code : null,
			functional_zone: r.functional_zone,
			population: pop,
			population_year: pop === null ? null : 2020,
			population_source: pop === null ? null : CENSUS_SOURCE
		};
	});
}
