import { Resvg } from '@resvg/resvg-js';
import { REPORT_FONT_FAMILY, REPORT_FONT_FILE } from './report-font';

/**
 * A chart's SVG as a PNG image (resvg, no browser), for the Excel file, which shows images but
 * not SVG. Drawn at twice the size, so that it stays sharp when zoomed or printed.
 */
export function chartPng(svg: string, width: number): Buffer {
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: width * 2 },
    font: {
      loadSystemFonts: false,
      fontFiles: [REPORT_FONT_FILE],
      defaultFontFamily: REPORT_FONT_FAMILY,
    },
  });
  return image.render().asPng();
}
