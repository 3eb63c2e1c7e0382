// ECharts, only the parts the board draws (tree-shaken by esbuild).
import * as echarts from 'echarts/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, MarkLineComponent, MarkAreaComponent, TitleComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([LineChart, ScatterChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, MarkLineComponent, MarkAreaComponent, TitleComponent, CanvasRenderer]);

export { echarts };

export const TIER_COLORS = { Red: '#d62728', Orange: '#ff7f0e', Yellow: '#e0b400', None: '#7f7f7f' };
