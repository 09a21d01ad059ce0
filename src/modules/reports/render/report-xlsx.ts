import { Workbook, type Buffer as ExcelBuffer } from 'exceljs';
import { msg } from '../../../common/i18n/msg';
import { translate } from '../../../common/i18n/translate';
import { escapeFormula } from '../../../common/spreadsheet/formula-escape';
import type { ReportColumnKind } from '../report-column';
import type { ReportDocument, ReportDocumentTable } from '../report-document';
import type { ReportRow } from '../report-result';
import { chartPng } from './chart-png';
import { chartSvg } from './chart-svg';

const CHART_WIDTH = 720;
const CHART_HEIGHT = 360;

const NUMBER_FORMATS: Record<ReportColumnKind, string | undefined> = {
  text: undefined,
  count: '#,##0',
  fen: '#,##0.00',
  percent: '0.0%',
};

/** A cell's value as Excel stores it: fen as yuan (a number), text never read as a formula. */
function cellValue(kind: ReportColumnKind, value: string | number | null): string | number | null {
  if (value === null) return null;
  if (kind === 'text') return escapeFormula(String(value));
  return kind === 'fen' ? Number(value) / 100 : Number(value);
}

/** A sheet's name: Excel refuses some characters and more than 31 of them. */
function sheetName(text: string): string {
  return text.replace(/[\\/*?:[\]]/g, ' ').slice(0, 31);
}

/**
 * A report as an .xlsx file: the title and parameters, the table under a frozen header (money
 * as numbers in yuan with two decimals, so that they can be summed), the totals row; the
 * facts the report states and each further table on sheets of their own; and each chart as
 * an image on a sheet of its own.
 */
export async function reportXlsx(document: ReportDocument): Promise<Buffer> {
  const workbook = new Workbook();
  workbook.created = new Date();
  const names = new Set<string>();
  /** Excel refuses two sheets of one name: a repeated title is numbered. */
  const unique = (title: string) => {
    const base = sheetName(title) || 'Sheet';
    let name = base;
    for (let i = 2; names.has(name.toLowerCase()); i += 1) name = `${base.slice(0, 28)} ${i}`;
    names.add(name.toLowerCase());
    return name;
  };
  addTableSheet(workbook, unique(document.title), document.title, document, document);
  if (document.facts.length) {
    const facts = workbook.addWorksheet(unique(translate(msg('reports.factsSheet'))));
    facts.getColumn(1).width = 18;
    facts.getColumn(2).width = 60;
    for (const fact of document.facts)
      facts.addRow([escapeFormula(fact.label), escapeFormula(fact.value)]);
  }
  for (const section of document.sections)
    addTableSheet(workbook, unique(section.title), section.title, section, document);
  if (document.charts.length) {
    const charts = workbook.addWorksheet(unique(translate(msg('reports.chartsSheet'))));
    document.charts.forEach((chart, i) => {
      const png = chartPng(chartSvg(chart, CHART_WIDTH, CHART_HEIGHT), CHART_WIDTH);
      // exceljs's types predate Node's generic Buffer; the bytes are what it stores.
      const image = workbook.addImage({ buffer: png as unknown as ExcelBuffer, extension: 'png' });
      charts.addImage(image, {
        tl: { col: 0, row: i * 20 },
        ext: { width: CHART_WIDTH, height: CHART_HEIGHT },
      });
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet of one table: its title, the report's parameters, the header frozen, rows, totals. */
function addTableSheet(
  workbook: Workbook,
  name: string,
  title: string,
  table: ReportDocumentTable,
  document: ReportDocument,
): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.addRow([escapeFormula(title)]).font = { bold: true, size: 14 };
  sheet.addRow([escapeFormula(`${document.subtitle}\u3000${document.generatedAt}`)]);
  const header = sheet.addRow(table.columns.map((column) => escapeFormula(column.label)));
  header.font = { bold: true };
  table.columns.forEach((column, i) => {
    const cells = sheet.getColumn(i + 1);
    cells.width = column.kind === 'text' ? 24 : 14;
    const format = NUMBER_FORMATS[column.kind];
    if (format) cells.numFmt = format;
  });
  const add = (row: ReportRow) =>
    sheet.addRow(table.columns.map((column) => cellValue(column.kind, row[column.key] ?? null)));
  for (const row of table.rows) add(row);
  if (table.totals) add(table.totals).font = { bold: true };
}
