import { Workbook } from 'exceljs';
import type { TestApp, TestUser } from '../support/test-app';

// pdf-parse's index runs a self-test when loaded without a parent module: the library itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfText = require('pdf-parse/lib/pdf-parse.js') as (
  data: Buffer,
) => Promise<{ text: string; numpages: number }>;

type Cell = string | number | null;
interface Column {
  key: string;
  kind: 'text' | 'count' | 'fen' | 'percent';
}
interface Answer {
  title: string;
  columns: Column[];
  rows: Record<string, Cell>[];
  totals: Record<string, Cell> | null;
  charts: { title: string }[];
}

/** A value as the Excel file keeps it: yuan for fen, numbers as numbers, text as text. */
function inExcel(column: Column, value: Cell | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (column.kind === 'text') return String(value);
  return column.kind === 'fen' ? Number(value) / 100 : Number(value);
}

const unspaced = (text: string) => text.replace(/\s+/g, '');

/**
 * The report at `path` (its JSON already checked against known answers by the spec) renders
 * the same figures as Excel (every row and the totals, cell by cell, in order, under the
 * title) and as PDF (the title, each row's names, each chart's title drawn from its SVG).
 */
export async function expectFormatsAgree(t: TestApp, user: TestUser, path: string) {
  const json = await t.get(path, user.accessToken).expect(200);
  const answer = json.body as Answer;
  const file = (format: string) =>
    t
      .http()
      .get(`${path}${path.includes('?') ? '&' : '?'}format=${format}`)
      .set('Authorization', `Bearer ${user.accessToken}`)
      .responseType('blob')
      .expect(200);

  const xlsx = await file('xlsx');
  const workbook = new Workbook();
  await workbook.xlsx.load(new Uint8Array(xlsx.body as Buffer).buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.getCell('A1').value).toBe(answer.title);
  const shown = [...answer.rows, ...(answer.totals ? [answer.totals] : [])];
  shown.forEach((row, i) => {
    const cells = answer.columns.map((column, c) => sheet.getRow(4 + i).getCell(c + 1).value);
    expect(cells).toEqual(answer.columns.map((column) => inExcel(column, row[column.key])));
  });
  expect(sheet.getRow(4 + shown.length).getCell(1).value ?? null).toBeNull();

  const pdf = await pdfText((await file('pdf')).body as Buffer);
  const text = unspaced(pdf.text);
  expect(text).toContain(unspaced(answer.title));
  const names = answer.columns.filter((column) => column.kind === 'text');
  for (const row of answer.rows)
    for (const column of names)
      if (typeof row[column.key] === 'string' && String(row[column.key]).length <= 8)
        expect(text).toContain(unspaced(String(row[column.key])));
  for (const chart of answer.charts) expect(text).toContain(unspaced(chart.title));
}
