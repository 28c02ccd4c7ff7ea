import { HeatmapChart, RadarChart } from 'echarts/charts';
import { RadarComponent, VisualMapComponent } from 'echarts/components';
import * as echarts from 'echarts/core';

// The heatmap and the radar are drawn only here: registered with this page (loaded with the
// campaign page) rather than in components/Chart.tsx, so other pages do not carry them.
echarts.use([HeatmapChart, RadarChart, RadarComponent, VisualMapComponent]);
