import ExcelJS from 'exceljs';
import { benchMobile, benchName } from './bench-data';

/** Rows of the import file: what the upload limit takes, whatever the base's size. */
export const IMPORT_ROWS = 100_000;

/**
 * Writes an xlsx file every run imports (streamed: the rows are never all in memory), with
 * names of its own and phones the seeded base never has: `15x` for the import under load,
 * `18x` for the one alone before it.
 */
export async function writeImportFile(file: string, first: '15' | '18' = '15'): Promise<void> {
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file });
  const sheet = writer.addWorksheet('客户');
  sheet.addRow(['姓名*', '手机*', '性别', '行业', '级别', '来源', '状态']).commit();
  for (let i = 0; i < IMPORT_ROWS; i += 1) {
    sheet
      .addRow([
        benchName(i + (first === '15' ? 7_000_000 : 8_000_000)),
        benchMobile(i, first),
        i % 2 ? 'female' : 'male',
        'education',
        'B',
        'referral',
        'new',
      ])
      .commit();
  }
  sheet.commit();
  await writer.commit();
}
