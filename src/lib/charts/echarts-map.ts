// What only the map page needs from ECharts: the map series (which brings the geo coordinate
// system), the continuous visualMap, map registration, and click / position hooks on a chart
// drawn by the `chart` action. Imported by the map page alone, so the main bundle stays without.
import { MapChart } from 'echarts/charts';
import { GeoComponent, VisualMapContinuousComponent } from 'echarts/components';
import { echarts } from './echarts-setup.ts';
import type { GeoCollection } from '../geo/types.ts';

echarts.use([MapChart, GeoComponent, VisualMapContinuousComponent]);

/** Registers a boundary file once under its name. */
export function registerGeo(name: string, geo: GeoCollection): void {
	if (!echarts.getMap(name)) echarts.registerMap(name, geo as unknown as Parameters<typeof echarts.registerMap>[1]);
}

export interface RegionClick {
	/** the region's adcode (the map's name property) */
	code: string;
	dataIndex: number;
}

/**
 * Calls `onclick` with the region clicked on a map series. Use after `use:chart` on the same
 * node (actions run in order, so the chart exists).
 */
export function regionClicks(node: HTMLElement, onclick: (c: RegionClick) => void) {
	let handler = onclick;
	const instance = echarts.getInstanceByDom(node);
	const listener = (p: { componentType?: string; seriesType?: string; name?: string; dataIndex?: number }) => {
		if (p.seriesType === 'map' && typeof p.name === 'string' && typeof p.dataIndex === 'number')
			handler({ code: p.name, dataIndex: p.dataIndex });
	};
	instance?.on('click', listener);
	return {
		update(next: (c: RegionClick) => void) {
			handler = next;
		},
		destroy() {
			if (!instance?.isDisposed()) instance?.off('click', listener);
		}
	};
}

/** Pixel positions (relative to the chart) of points given in map coordinates, e.g. label points. */
export function mapPixels(node: HTMLElement, points: Record<string, [number, number]>): Record<string, [number, number]> {
	const instance = echarts.getInstanceByDom(node);
	const out: Record<string, [number, number]> = {};
	if (!instance) return out;
	for (const [code, pt] of Object.entries(points)) {
		const px = instance.convertToPixel({ seriesIndex: 0 }, pt) as number[] | undefined;
		if (px && Number.isFinite(px[0]) && Number.isFinite(px[1])) out[code] = [Math.round(px[0]!), Math.round(px[1]!)];
	}
	return out;
}
