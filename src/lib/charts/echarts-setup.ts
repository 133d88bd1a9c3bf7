// Only the chart types and components the site draws are registered, from echarts/core, so
// the bundle carries a fraction of echarts.
import * as echarts from 'echarts/core';
import { BarChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, TitleComponent, DataZoomComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, ScatterChart, GridComponent, TooltipComponent, TitleComponent, DataZoomComponent, CanvasRenderer, SVGRenderer]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';
