import type { components } from '../../api/schema';

type ReportChartView = components['schemas']['ReportChartView'];

/** Bars past this many categories are left out of a chart (the table holds them all). */
const MOST_CATEGORIES = 20;

/**
 * The ECharts option of a report's chart: the same shape and (default) colours as the server's
 * PDF and Excel pictures (src/modules/reports/render/chart-svg.ts), so that the browser and the
 * documents look alike; only a tooltip is added, as a screen can point at a bar.
 */
export function chartOption(chart: ReportChartView, font: string) {
  const scale = chart.money ? 100 : 1;
  const categories = chart.categories.slice(0, MOST_CATEGORIES);
  const values = (series: { values: number[] }) =>
    series.values.slice(0, MOST_CATEGORIES).map((value) => value / scale);
  const common = {
    animation: false,
    textStyle: { fontFamily: font },
    title: { text: chart.title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: chart.kind === 'pie' ? 'item' : 'axis' },
  };
  if (chart.kind === 'pie')
    return {
      ...common,
      series: [
        {
          type: 'pie',
          radius: '60%',
          top: 30,
          data: categories.map((name, i) => ({ name, value: values(chart.series[0])[i] })),
          label: { formatter: '{b}: {d}%' },
        },
      ],
    };
  return {
    ...common,
    legend: { top: 26, data: chart.series.map((series) => series.name) },
    grid: { left: 20, right: 20, top: 60, bottom: 10, containLabel: true },
    xAxis: {
      type: 'category',
      data: categories,
      axisLabel: {
        interval: 0,
        rotate: categories.length > 6 ? 40 : 0,
        width: 120,
        overflow: 'truncate',
      },
    },
    yAxis: { type: 'value' },
    series: chart.series.map((series) => ({
      type: 'bar',
      name: series.name,
      data: values(series),
    })),
  };
}
