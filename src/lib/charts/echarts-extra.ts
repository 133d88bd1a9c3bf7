// Chart types only the trends and bureau pages draw, registered on the same echarts/core as
// echarts-setup.ts. Imported by those pages alone, so the overview's bundle stays small.
import { echarts } from './echarts-setup.ts';
import { LineChart, TreemapChart } from 'echarts/charts';
import { LegendComponent } from 'echarts/components';

echarts.use([LineChart, TreemapChart, LegendComponent]);

export { echarts };
