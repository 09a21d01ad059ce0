import { Workbook } from 'exceljs';
import type { DictionaryType } from '../dictionary/dictionary-type';
import type { Province } from '../dictionary/region.service';
import { IMPORT_COLUMNS, headerTitle } from './customer-sheet';
import { escapeFormula } from '../../common/spreadsheet/formula-escape';

/** Columns Excel must keep as typed: a mobile would become 1.38E+10, a code lose its zeros. */
const TEXT_FIELDS = new Set(['mobile', 'otherPhones', 'birthday', 'provinceCode', 'cityCode']);

/**
 * The import template: the header row to fill in, the codes each coded column takes (from
 * the dictionary as it is now) and the region codes. Small, so built in memory.
 */
export async function buildImportTemplate(
  dictionaries: Map<DictionaryType, { code: string; label: string }[]>,
  provinces: readonly Province[],
): Promise<Buffer> {
  const workbook = new Workbook();

  const sheet = workbook.addWorksheet('客户', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = IMPORT_COLUMNS.map((column) => ({
    header: headerTitle(column),
    width: column.width,
    style: TEXT_FIELDS.has(column.field) ? { numFmt: '@' } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  IMPORT_COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    if (column.required) cell.font = { bold: true, color: { argb: 'FFC00000' } };
    if (column.hint) cell.note = column.hint;
  });

  const codes = workbook.addWorksheet('代码表', { views: [{ state: 'frozen', ySplit: 1 }] });
  codes.columns = [
    { header: '列', width: 12 },
    { header: '代码', width: 16 },
    { header: '名称', width: 24 },
  ];
  codes.getRow(1).font = { bold: true };
  for (const column of IMPORT_COLUMNS) {
    const entries = column.dictionary
      ? (dictionaries.get(column.dictionary) ?? [])
      : (column.choices ?? []);
    for (const entry of entries)
      codes.addRow([column.title, escapeFormula(entry.code), escapeFormula(entry.label)]);
  }

  const regions = workbook.addWorksheet('地区', { views: [{ state: 'frozen', ySplit: 1 }] });
  regions.columns = [
    { header: '省份代码', width: 10, style: { numFmt: '@' } },
    { header: '省份', width: 16 },
    { header: '城市代码', width: 10, style: { numFmt: '@' } },
    { header: '城市', width: 20 },
  ];
  regions.getRow(1).font = { bold: true };
  for (const province of provinces) {
    for (const city of province.cities)
      regions.addRow([province.code, province.name, city.code, city.name]);
  }

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
