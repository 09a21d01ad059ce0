import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { msg } from '../../../common/i18n/msg';
import { translate } from '../../../common/i18n/translate';
import type { ReportColumnKind } from '../report-column';
import type { ReportDocument } from '../report-document';
import type { ReportRow } from '../report-result';
import { chartSvg } from './chart-svg';
import { REPORT_FONT_FILE } from './report-font';

const FONT = 'report';
const MARGIN = 40;
const ROW_HEIGHT = 18;
const CHART_HEIGHT = 300;
const TEXT_SIZE = 9;

/** A value as the table prints it: yuan with two decimals, counts grouped, percentages. */
function printed(kind: ReportColumnKind, value: string | number | null): string {
  if (value === null || value === '') return '';
  const number = Number(value);
  switch (kind) {
    case 'fen':
      return (number / 100).toLocaleString('zh-CN', {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
      });
    case 'count':
      return number.toLocaleString('zh-CN');
    case 'percent':
      return `${(number * 100).toFixed(1)}%`;
    default:
      return String(value);
  }
}

/**
 * A report as a printable PDF (A4): a cover with the title, parameters and time of the run;
 * the table, its header repeated on every page and numbers aligned right; the totals; then
 * each chart, drawn as vectors from ECharts' SVG. The Chinese font travels in the file.
 */
export function reportPdf(document: ReportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: document.title, Creator: 'training-crm' },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont(FONT, REPORT_FONT_FILE);
  pdf.font(FONT);
  const width = pdf.page.width - 2 * MARGIN;

  // The cover.
  pdf.fontSize(24).text(document.title, MARGIN, 220, { width, align: 'center' });
  pdf.moveDown(1.5).fontSize(12).text(document.subtitle, { width, align: 'center' });
  pdf.moveDown(0.5).text(translate(msg('reports.generatedAt', { at: document.generatedAt })), {
    width,
    align: 'center',
  });

  // The table.
  const columns = document.columns;
  const weights = columns.map((column) => (column.kind === 'text' ? 2 : 1));
  const unit = width / weights.reduce((sum, weight) => sum + weight, 0);
  const widths = weights.map((weight) => weight * unit);
  let y = 0;
  const line = (cells: string[], bold: boolean, shaded: boolean) => {
    if (y + ROW_HEIGHT > pdf.page.height - MARGIN) header();
    if (shaded) pdf.rect(MARGIN, y, width, ROW_HEIGHT).fill('#eef2f7').fillColor('#000');
    let x = MARGIN;
    cells.forEach((cell, i) => {
      pdf
        .fontSize(TEXT_SIZE)
        .fillColor(bold ? '#000' : '#222')
        .text(cell, x + 3, y + 5, {
          width: widths[i] - 6,
          height: ROW_HEIGHT - 4,
          align: columns[i].kind === 'text' ? 'left' : 'right',
          lineBreak: false,
          ellipsis: true,
        });
      x += widths[i];
    });
    y += ROW_HEIGHT;
  };
  const header = () => {
    pdf.addPage();
    y = MARGIN;
    line(
      columns.map((column) => column.label),
      true,
      true,
    );
  };
  const row = (values: ReportRow, bold: boolean) =>
    line(
      columns.map((column) => printed(column.kind, values[column.key] ?? null)),
      bold,
      false,
    );
  header();
  for (const values of document.rows) row(values, false);
  if (!document.rows.length) line([translate(msg('reports.noRows'))], false, false);
  if (document.totals) row(document.totals, true);

  // The charts, two to a page.
  document.charts.forEach((chart, i) => {
    if (i % 2 === 0) pdf.addPage();
    const top = MARGIN + (i % 2) * (CHART_HEIGHT + 30);
    SVGtoPDF(pdf, chartSvg(chart, width, CHART_HEIGHT), MARGIN, top, {
      width,
      height: CHART_HEIGHT,
      fontCallback: () => FONT,
    });
  });
  pdf.end();
  return done;
}
