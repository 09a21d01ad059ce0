import * as echarts from 'echarts';
import type { ReportDocumentChart } from '../report-document';
import { REPORT_FONT_FAMILY } from './report-font';

/** Bars past this many categories are left out of a chart (the table holds them all). */
export const MOST_CATEGORIES = 20;

/**
 * A report's chart as SVG, drawn by Apache ECharts on the server (its SSR renderer, no
 * browser): the same picture goes into the PDF as vectors and into the Excel file as an image.
 */
export function chartSvg(chart: ReportDocumentChart, width: number, height: number): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    const scale = chart.money ? 100 : 1;
    const categories = chart.categories.slice(0, MOST_CATEGORIES);
    const values = (series: { values: number[] }) =>
      series.values.slice(0, MOST_CATEGORIES).map((value) => value / scale);
    const common = {
      animation: false,
      textStyle: { fontFamily: REPORT_FONT_FAMILY },
      title: { text: chart.title, left: 'center', textStyle: { fontSize: 14 } },
    };
    instance.setOption(
      chart.kind === 'pie'
        ? {
            ...common,
            series: [
              {
                type: 'pie',
                radius: '60%',
                top: 30,
                data: categories.map((name, i) => ({ name, value: values(chart.series[0])[i] })),
                // No white halo: svg-to-pdfkit ignores paint-order and would paint over the text.
                label: { formatter: '{b}: {d}%', textBorderColor: 'transparent' },
              },
            ],
          }
        : {
            ...common,
            legend: { top: 26, data: chart.series.map((series) => series.name) },
            // Room for the axis labels however long, turned when there are many.
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
          },
    );
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}
