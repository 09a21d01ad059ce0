import { Workbook } from 'exceljs';
import type { ReportDocument } from '../report-document';
import { reportXlsx, STREAMED_ROWS } from './report-xlsx';

/** A report of `count` rows: a name (one of them a formula's bait) and money in fen. */
function document(count: number): ReportDocument {
  return {
    key: 'test',
    title: '测试报表',
    subtitle: '全部期间',
    generatedAt: '2026-12-04 10:00 北京时间',
    columns: [
      { key: 'name', label: '姓名', kind: 'text' },
      { key: 'paid', label: '已收', kind: 'fen' },
    ],
    rows: Array.from({ length: count }, (_, i) => ({
      name: i === 1 ? '=HYPERLINK("http://x")' : `学员${i}`,
      paid: i * 100 + 1,
    })),
    totals: { name: '合计', paid: 0 },
    charts: [
      {
        kind: 'bar',
        title: '图',
        categories: ['甲'],
        series: [{ name: '已收', values: [1] }],
        money: true,
      },
    ],
    facts: [{ label: '课程', value: 'TR1' }],
    sections: [],
  };
}

async function read(buffer: Buffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(new Uint8Array(buffer).buffer as ArrayBuffer);
  return workbook;
}

describe('report Excel files', () => {
  it('writes a large table with the streaming writer: every row, yuan formats, formulas escaped', async () => {
    const count = STREAMED_ROWS + 1_000;
    const workbook = await read(await reportXlsx(document(count)));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['测试报表', '概况', '图表']);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(3).getCell(1).value).toBe('姓名');
    expect(sheet.getRow(5).getCell(1).value).toBe('\'=HYPERLINK("http://x")');
    const last = sheet.getRow(3 + count);
    expect(last.getCell(1).value).toBe(`学员${count - 1}`);
    expect(last.getCell(2).value).toBe(((count - 1) * 100 + 1) / 100);
    expect(last.getCell(2).numFmt).toBe('#,##0.00');
    expect(sheet.getRow(4 + count).getCell(1).value).toBe('合计');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(workbook.getWorksheet('图表')?.getRow(1).getCell(1).value).toContain('PDF');
  });

  it('keeps the charts as images in a file of ordinary size', async () => {
    const workbook = await read(await reportXlsx(document(10)));
    expect(workbook.getWorksheet('图表')?.getImages()).toHaveLength(1);
    expect(workbook.worksheets[0].getRow(4).getCell(2).numFmt).toBe('#,##0.00');
  });
});
