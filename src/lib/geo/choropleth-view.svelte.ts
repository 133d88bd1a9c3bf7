// The choropleth of one view (metric, year, province, level; the prefecture is outlined, not
// filtered): boundary file loaded and registered, regions queried and joined, the ECharts option
// built. Shared by the map page and the map embed (/embed/map/), so both draw the same map.
// Construct it while a component initializes (its effects belong to that component). Imports the
// ECharts map code: only the map page and the map embed may import this module.
import { base } from '$app/paths';
import type { DbState } from '../db/context.ts';
import { metricById } from '../metrics/registry.ts';
import { metricByRegionSql } from '../metrics/query.ts';
import type { ViewState } from '../url/view-state.ts';
import { mapPixels, registerGeo } from '../charts/echarts-map.ts';
import { choroplethOption } from '../charts/choropleth.ts';
import { GEO_DIR, META_FILE, geoFile, mapLevelOf, mapName } from './files.ts';
import { loadGeo, loadGeoMeta } from './load.ts';
import { aspectScaleOf, joinRegions, type RegionValueRow } from './join.ts';
import { selectedCodes } from './filter.ts';
import type { GeoCollection, GeoMeta } from './types.ts';

const geoUrl = (name: string) => new URL(`${base}/${GEO_DIR}${name}`, location.href);

export class ChoroplethView {
	#db: DbState;
	#view: () => ViewState;

	meta = $state<GeoMeta | null>(null);
	geo = $state<{ file: string; data: GeoCollection } | null>(null);
	geoError = $state<string | null>(null);
	queryError = $state<string | null>(null);
	#rows = $state<{ key: string; rows: RegionValueRow[] } | null>(null);

	view: ViewState = $derived.by(() => this.#view());
	lang = $derived(this.view.lang);
	metric = $derived(metricById(this.view.metric));
	level = $derived(mapLevelOf(this.view.level));
	file = $derived(geoFile(this.level, this.view.province));
	/** every region of the view's level and province: the prefecture filter only outlines */
	mapFilter: ViewState = $derived({ ...this.view, prefecture: null, peerOf: null });
	#key = $derived(JSON.stringify([this.metric.id, this.level, this.mapFilter.year, this.mapFilter.province, this.mapFilter.level]));

	joined = $derived(
		this.geo && this.geo.file === this.file && this.#rows && this.#rows.key === this.#key ? joinRegions(this.geo.data, this.#rows.rows) : null
	);
	regions = $derived(this.joined?.regions ?? []);
	withData = $derived(this.regions.filter((r) => r.value !== null));
	/** regions drawn, insets (e.g. 南海诸岛) left out */
	regionCount = $derived(this.regions.filter((r) => !r.inset).length);
	selected = $derived(selectedCodes(this.regions, this.level, this.view.prefecture));
	option = $derived(
		this.joined && this.geo
			? choroplethOption(this.joined.regions, {
					map: mapName(this.level, this.view.province),
					metric: this.metric,
					lang: this.lang,
					year: this.view.year,
					selected: this.selected,
					aspectScale: this.view.province ? aspectScaleOf(this.geo.data) : 0.75,
					labels: this.view.province !== null
				})
			: null
	);
	/** { code: value } of the regions with data: the chart's data-values */
	valuesAttr = $derived(JSON.stringify(Object.fromEntries(this.withData.map((r) => [r.code, r.value]))));

	constructor(db: DbState, view: () => ViewState) {
		this.#db = db;
		this.#view = view;

		$effect(() => {
			loadGeoMeta(geoUrl(META_FILE)).then(
				(m) => (this.meta = m),
				() => (this.meta = null)
			);
		});

		// the boundary file for this level and province: fetched once, registered, then drawn
		$effect(() => {
			const f = this.file;
			const name = mapName(this.level, this.view.province);
			let cancelled = false;
			this.geoError = null;
			loadGeo(geoUrl(f))
				.then((data) => {
					if (cancelled) return;
					registerGeo(name, data);
					this.geo = { file: f, data };
				})
				.catch((e) => {
					if (!cancelled) this.geoError = `${GEO_DIR}${f}: ${e instanceof Error ? e.message : String(e)}`;
				});
			return () => {
				cancelled = true;
			};
		});

		$effect(() => {
			const client = this.#db.client;
			const key = this.#key;
			const sql = metricByRegionSql(this.metric, this.mapFilter, this.level);
			if (!client) return;
			let cancelled = false;
			client
				.query<RegionValueRow>(sql)
				.then((rows) => {
					if (cancelled) return;
					this.#rows = { key, rows };
					this.queryError = null;
				})
				.catch((e) => {
					if (!cancelled) this.queryError = e instanceof Error ? e.message : String(e);
				});
			return () => {
				cancelled = true;
			};
		});
	}

	provinceName(code: string | null): string {
		return this.meta?.provinces.find((p) => p.code === code)?.name ?? code ?? '';
	}

	/** where each region with data is on screen (data-region-px), for checks without a mouse */
	regionPixels(node: HTMLElement): Record<string, [number, number]> | null {
		if (this.withData.length > 300) return null;
		const points: Record<string, [number, number]> = {};
		for (const f of this.geo?.data.features ?? []) {
			const cp = f.properties.cp;
			if (cp && this.withData.some((r) => r.code === f.properties.adcode)) points[f.properties.adcode] = cp;
		}
		return mapPixels(node, points);
	}
}
