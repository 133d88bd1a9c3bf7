// A Svelte action owns the chart's life: create, update, resize, dispose. When ECharts says a
// render has finished, the node gets data-echarts-ready so tests and benchmarks wait on the
// chart itself rather than on a timer.
import { echarts, type EChartsCoreOption } from './echarts-setup.ts';

export interface ChartClick {
	seriesIndex: number;
	dataIndex: number;
	value?: unknown;
}

export interface ChartParams {
	option: EChartsCoreOption;
	renderer?: 'canvas' | 'svg';
	onFinished?: () => void;
	/** a click on a data mark (bar, point): its series, index and value */
	onClick?: (p: ChartClick) => void;
}

export function chart(node: HTMLElement, params: ChartParams) {
	const instance = echarts.init(node, undefined, { renderer: params.renderer ?? 'canvas' });
	let current = params;
	instance.on('finished', () => {
		// how many data marks are drawn, read back from the chart itself, for tests
		const series = (instance.getOption() as { series?: { data?: unknown[] }[] }).series ?? [];
		node.dataset.marks = String(series.reduce((n, s) => n + (s.data?.length ?? 0), 0));
		// the first draw of a named chart is a performance mark: benchmarks read it
		if (!node.dataset.echartsReady && node.dataset.testid && !performance.getEntriesByName(`chart:${node.dataset.testid}`).length)
			performance.mark(`chart:${node.dataset.testid}`);
		node.dataset.echartsReady = 'true';
		current.onFinished?.();
	});
	instance.on('click', (p: { seriesIndex?: number; dataIndex?: number; value?: unknown }) => {
		if (p.dataIndex !== undefined) current.onClick?.({ seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex, value: p.value });
	});
	instance.setOption(params.option);
	const resized = () => node.clientWidth !== instance.getWidth() || node.clientHeight !== instance.getHeight();
	const observer = new ResizeObserver(() => {
		if (resized()) instance.resize();
	});
	observer.observe(node);
	return {
		update(next: ChartParams) {
			current = next;
			delete node.dataset.echartsReady;
			// a new option often comes with a new height (another number of bars): the canvas takes
			// the new size first, so the chart is laid out and drawn once, not again when the
			// observer sees the size change
			if (resized()) instance.getZr().resize();
			instance.setOption(next.option, { notMerge: true });
		},
		destroy() {
			observer.disconnect();
			instance.dispose();
		}
	};
}
