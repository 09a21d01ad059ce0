import { Writable } from 'node:stream';
import { type Buffer as ExcelBuffer, type Row, stream, Workbook } from 'exceljs';
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
 * Rows past which a report is written by exceljs's streaming writer: each row is written out
 * as it is added, rather than the whole workbook built in memory first (a table of 100,000
 * rows would hold some hundreds of MB). That writer cannot place images: a streamed file
 * says that its charts are in the PDF.
 */
export const STREAMED_ROWS = 5_000;

/**
 * A report as an .xlsx file: the title and parameters, the table under a frozen header (money
 * as numbers in yuan with two decimals, so that they can be summed), the totals row; the
 * facts the report states and each further table on sheets of their own; and each chart as
 * an image on a sheet of its own.
 */
export async function reportXlsx(document: ReportDocument): Promise<Buffer> {
  const rows = [document, ...document.sections].reduce((sum, table) => sum + table.rows.length, 0);
  const chunks: Buffer[] = [];
  const streamed = rows > STREAMED_ROWS;
  const workbook = streamed
    ? new stream.xlsx.WorkbookWriter({
        stream: new Writable({
          write(chunk: Buffer, _encoding, done) {
            chunks.push(chunk);
            done();
          },
        }),
        useStyles: true,
        useSharedStrings: false,
      })
    : new Workbook();
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
    facts.columns = [{ width: 18 }, { width: 60 }];
    for (const fact of document.facts)
      commit(facts.addRow([escapeFormula(fact.label), escapeFormula(fact.value)]));
  }
  for (const section of document.sections)
    addTableSheet(workbook, unique(section.title), section.title, section, document);
  if (document.charts.length) {
    const charts = workbook.addWorksheet(unique(translate(msg('reports.chartsSheet'))));
    if (streamed) commit(charts.addRow([translate(msg('reports.chartsInPdf'))]));
    else
      document.charts.forEach((chart, i) => {
        const png = chartPng(chartSvg(chart, CHART_WIDTH, CHART_HEIGHT), CHART_WIDTH);
        // exceljs's types predate Node's generic Buffer; the bytes are what it stores.
        const image = workbook.addImage({
          buffer: png as unknown as ExcelBuffer,
          extension: 'png',
        });
        charts.addImage(image, {
          tl: { col: 0, row: i * 20 },
          ext: { width: CHART_WIDTH, height: CHART_HEIGHT },
        });
      });
  }
  if (workbook instanceof stream.xlsx.WorkbookWriter) {
    await workbook.commit();
    return Buffer.concat(chunks);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A row written out at once by the streaming writer (a no-op for a workbook in memory). */
function commit(row: Row): Row {
  row.commit();
  return row;
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
  // Widths and formats first: the streaming writer writes the columns before any row.
  sheet.columns = table.columns.map((column) => ({
    width: column.kind === 'text' ? 24 : 14,
    style: NUMBER_FORMATS[column.kind] ? { numFmt: NUMBER_FORMATS[column.kind] } : {},
  }));
  const titleRow = sheet.addRow([escapeFormula(title)]);
  titleRow.font = { bold: true, size: 14 };
  commit(titleRow);
  commit(sheet.addRow([escapeFormula(`${document.subtitle}\u3000${document.generatedAt}`)]));
  const header = sheet.addRow(table.columns.map((column) => escapeFormula(column.label)));
  header.font = { bold: true };
  commit(header);
  const add = (row: ReportRow) =>
    sheet.addRow(table.columns.map((column) => cellValue(column.kind, row[column.key] ?? null)));
  for (const row of table.rows) commit(add(row));
  if (table.totals) {
    const totals = add(table.totals);
    totals.font = { bold: true };
    commit(totals);
  }
}
