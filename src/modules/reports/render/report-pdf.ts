import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { msg } from '../../../common/i18n/msg';
import { translate } from '../../../common/i18n/translate';
import type { ReportColumnKind } from '../report-column';
import type { ReportDocument, ReportDocumentSection } from '../report-document';
import type { ReportRow } from '../report-result';
import { chartSvg } from './chart-svg';
import { REPORT_FONT_FILE } from './report-font';

const FONT = 'report';
const MARGIN = 40;
const ROW_HEIGHT = 18;
const CHART_HEIGHT = 300;
const TEXT_SIZE = 9;
/** room kept at the foot of a page for its number */
const FOOT = 10;

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

/** Columns past which a table is printed across the page (A4 landscape). */
const WIDE_TABLE = 8;

/**
 * A report as a printable PDF (A4): a cover with the title, parameters, time of the run and
 * the facts the report states; each table (the main one, then each section under its title)
 * with its header repeated on every page and numbers aligned right, and its totals; then
 * each chart, drawn as vectors from ECharts' SVG; page numbers at the foot. The Chinese font
 * travels in the file.
 */
export function reportPdf(document: ReportDocument): Promise<Buffer> {
  const tables: ReportDocumentSection[] = [
    { ...document, title: '' },
    ...document.sections.filter((section) => section.columns.length),
  ];
  const wide = tables.some((table) => table.columns.length > WIDE_TABLE);
  const pdf = new PDFDocument({
    size: 'A4',
    layout: wide ? 'landscape' : 'portrait',
    margin: MARGIN,
    bufferPages: true,
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

  cover(pdf, document, width);
  let y = pdf.page.height;
  for (const table of tables) y = printTable(pdf, table, width, y);

  // The charts, two to a page.
  const chartHeight = Math.min(CHART_HEIGHT, (pdf.page.height - 2 * MARGIN - 30) / 2);
  document.charts.forEach((chart, i) => {
    if (i % 2 === 0) pdf.addPage();
    const top = MARGIN + (i % 2) * (chartHeight + 30);
    SVGtoPDF(pdf, chartSvg(chart, width, chartHeight), MARGIN, top, {
      width,
      height: chartHeight,
      // ECharts' sizes are the points asked for: not CSS pixels to be scaled by 3/4.
      assumePt: true,
      fontCallback: () => FONT,
    });
  });
  pageNumbers(pdf, width);
  pdf.end();
  return done;
}

/** The cover: title, parameters, when it was run, and the facts as label and value lines. */
function cover(pdf: PDFKit.PDFDocument, document: ReportDocument, width: number): void {
  const top = document.facts.length ? 120 : 220;
  pdf.fontSize(24).text(document.title, MARGIN, top, { width, align: 'center' });
  pdf.moveDown(1.5).fontSize(12).text(document.subtitle, { width, align: 'center' });
  pdf.moveDown(0.5).text(translate(msg('reports.generatedAt', { at: document.generatedAt })), {
    width,
    align: 'center',
  });
  if (!document.facts.length) return;
  const labelWidth = 110;
  const left = MARGIN + width / 6;
  let y = pdf.y + 40;
  for (const fact of document.facts) {
    pdf.fontSize(11).fillColor('#555').text(fact.label, left, y, { width: labelWidth });
    pdf
      .fillColor('#000')
      .text(fact.value || '—', left + labelWidth, y, { width: (width * 2) / 3 - labelWidth });
    y = Math.max(pdf.y, y + 16) + 6;
  }
}

/** Rows measured for a table's column widths: enough to see what the columns hold. */
const MEASURED_ROWS = 500;
/** A column is measured at most this wide: a longer text is cut short (…) rather than crowd the others. */
const WIDEST_TEXT = 180;

/**
 * Each column's width: what its header and values need (as the font measures them), scaled
 * to the width of the page, so that short figures are not cut while names have room.
 */
function columnWidths(
  pdf: PDFKit.PDFDocument,
  table: ReportDocumentSection,
  width: number,
): number[] {
  pdf.fontSize(TEXT_SIZE);
  const rows = [...table.rows.slice(0, MEASURED_ROWS), ...(table.totals ? [table.totals] : [])];
  const natural = table.columns.map((column) => {
    const widest = Math.max(
      pdf.widthOfString(column.label),
      ...rows.map((row) => pdf.widthOfString(printed(column.kind, row[column.key] ?? null))),
    );
    return Math.min(widest, WIDEST_TEXT) + 8;
  });
  const total = natural.reduce((sum, one) => sum + one, 0);
  return natural.map((one) => (one * width) / total);
}

/**
 * One table: its title (a section's), the header row (again on each page it runs onto), the
 * rows, and the totals in bold. It goes on below the table before when a few of its rows fit
 * there, else from a new page. Answers where the page's writing ends.
 */
function printTable(
  pdf: PDFKit.PDFDocument,
  table: ReportDocumentSection,
  width: number,
  after: number,
): number {
  const columns = table.columns;
  const widths = columnWidths(pdf, table, width);
  const bottom = pdf.page.height - MARGIN - FOOT;
  let y = after + 24;
  const line = (cells: string[], bold: boolean, shaded: boolean) => {
    if (y + ROW_HEIGHT > bottom) header();
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
  const headerRow = () =>
    line(
      columns.map((column) => column.label),
      true,
      true,
    );
  const header = () => {
    pdf.addPage();
    y = MARGIN;
    headerRow();
  };
  const row = (values: ReportRow, bold: boolean) =>
    line(
      columns.map((column) => printed(column.kind, values[column.key] ?? null)),
      bold,
      false,
    );
  const title = table.title ? 26 : 0;
  if (y + title + ROW_HEIGHT * 4 > bottom) {
    pdf.addPage();
    y = MARGIN;
  }
  if (table.title) {
    pdf.fontSize(14).fillColor('#000').text(table.title, MARGIN, y, { width });
    y += title;
  }
  headerRow();
  for (const values of table.rows) row(values, false);
  if (!table.rows.length) line([translate(msg('reports.noRows'))], false, false);
  if (table.totals) row(table.totals, true);
  return y;
}

/** 第 n 页，共 m 页 at the foot of every page but the cover. */
function pageNumbers(pdf: PDFKit.PDFDocument, width: number): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start + 1; i < start + count; i += 1) {
    pdf.switchToPage(i);
    // Writing in the margin would add a page: pdfkit moves on once text passes the bottom.
    const bottom = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf
      .fontSize(8)
      .fillColor('#777')
      .text(
        translate(msg('reports.pageOf', { page: i - start + 1, pages: count })),
        MARGIN,
        pdf.page.height - MARGIN + 8,
        { width, align: 'center', lineBreak: false },
      );
    pdf.page.margins.bottom = bottom;
  }
  pdf.flushPages();
}
