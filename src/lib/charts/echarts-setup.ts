// Only the chart types and components the site draws are registered, from echarts/core, so
// the bundle carries a fraction of echarts. The SVG renderer is registered by export-image.ts,
// loaded when a chart is exported.
import * as echarts from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// (no title or dataZoom component: titles are page headings, rankings show the top N)
echarts.use([BarChart, ScatterChart, GridComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
