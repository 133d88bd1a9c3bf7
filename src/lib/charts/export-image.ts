// PNG and SVG of a drawn chart. Loaded only when an export button is pressed, so the SVG
// renderer stays out of the first view's JavaScript.
import { SVGRenderer } from 'echarts/renderers';
import { echarts, type EChartsCoreOption } from './echarts-setup.ts';

echarts.use([SVGRenderer]);

const WHITE = '#ffffff';

function instanceOf(node: HTMLElement) {
	const instance = echarts.getInstanceByDom(node);
	if (!instance) throw new Error('chart not drawn yet');
	return instance;
}

/** PNG at twice the screen resolution on white (pasted into slides, it stays sharp). */
export function chartPng(node: HTMLElement): string {
	return instanceOf(node).getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: WHITE });
}

/** The same option drawn again by the SVG renderer, server-side style, at the chart's size. */
export function chartSvg(node: HTMLElement): string {
	const instance = instanceOf(node);
	const svg = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: instance.getWidth(), height: instance.getHeight() });
	try {
		const option = instance.getOption() as EChartsCoreOption;
		svg.setOption({ ...option, animation: false, backgroundColor: WHITE });
		return svg.renderToSVGString();
	} finally {
		svg.dispose();
	}
}

export function dataUrlToBlob(dataUrl: string): Blob {
	const [head, body] = dataUrl.split(',', 2) as [string, string];
	const bytes = Uint8Array.from(atob(body), (c) => c.charCodeAt(0));
	return new Blob([bytes], { type: head.slice(5).split(';')[0] });
}
