// Only the chart types and components the site draws are registered, from echarts/core, so
// the bundle carries a fraction of echarts. The SVG renderer is registered by export-image.ts,
// loaded when a chart is exported.
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// (no title or dataZoom component: titles are page headings, rankings show the top N)
// (scatter is registered by scatter.ts, which only the compare page and embeds load)
echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
