import 'reflect-metadata';
import { DomainError } from '../../common/errors/domain-error';
import {
  ImportRowParser,
  labelMap,
  readHeader,
  reasonText,
  type DictionaryLabels,
} from './customer-import-row';

const labels: DictionaryLabels = new Map([
  [
    'industry',
    labelMap([
      { code: 'it', label: '信息技术' },
      { code: 'finance', label: '金融' },
    ]),
  ],
  [
    'customer_level',
    labelMap([
      { code: 'A', label: 'A（重要）' },
      { code: 'B', label: 'B（一般）' },
    ]),
  ],
]);

function parser(titles: string[]) {
  return new ImportRowParser(readHeader(titles), labels);
}

describe('import header', () => {
  it('matches titles with or without stars and spaces, in any order, ignoring the reason column', () => {
    const header = readHeader(['手机', ' 姓名 * ', '', '行业', '错误原因']);
    expect(header.map(({ index, column }) => [index, column.field])).toEqual([
      [0, 'mobile'],
      [1, 'name'],
      [3, 'industry'],
    ]);
  });

  it('names a missing required column, an unknown one and a repeated one', () => {
    let error: unknown;
    try {
      readHeader(['姓名*', '身份证', '姓名']);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details).toEqual([
      { field: '手机', messages: [{ key: 'customers.import.missingColumnDetail' }] },
      { field: '身份证', messages: [{ key: 'customers.import.unknownColumnDetail' }] },
      { field: '姓名', messages: [{ key: 'customers.import.repeatedColumnDetail' }] },
    ]);
  });
});

describe('import row', () => {
  const titles = ['姓名*', '手机*', '性别', '生日', '其他电话', '行业', '级别', '阶段'];

  it('turns labels and codes into codes, dates into YYYY-MM-DD and splits other phones', () => {
    const row = parser(titles).parse({
      number: 2,
      cells: [
        ' 张三 ',
        '138 0013 8000',
        '男',
        '1990年5月1日',
        '010-1234567，139 0000 0000',
        '金融',
        'a',
        '一阶段',
      ],
    });
    expect(row?.problems).toEqual([]);
    expect(row?.dto).toMatchObject({
      name: '张三',
      mobile: '138 0013 8000',
      gender: 'male',
      birthday: '1990-05-01',
      otherPhones: ['010-1234567', '139 0000 0000'],
      industry: 'finance',
      level: 'A',
      stage: 'TR1',
    });
  });

  it('reports each fault by column, once, and keeps the row as uploaded', () => {
    const cells = ['', '13800138000', '中', '1990-02-30', '', 'astrology', '', ''];
    const row = parser(titles).parse({ number: 7, cells });
    expect(row?.original).toEqual(cells);
    expect(row?.problems.map(reasonText)).toEqual([
      '性别：无法识别“中”：请填写以下之一：男 (male)、女 (female)、未知 (unknown)',
      '姓名：必须填写',
      expect.stringMatching(/^生日：/),
    ]);
    // An unknown code passes the DTO's format check: CustomerInput names it afterwards.
    expect(row?.dto).toMatchObject({ industry: 'astrology' });
    expect(row?.dto.birthday).toBeUndefined();
  });

  it('applies the API limits and undoes the formula escape of our own files', () => {
    const row = parser(['姓名', '手机']).parse({
      number: 3,
      cells: ['x'.repeat(51), "'=13800138000"],
    });
    expect(row?.problems.map(reasonText)).toEqual(['姓名：长度必须在 1 到 50 个字符之间']);
    expect(row?.dto.mobile).toBe('=13800138000');
  });

  it('skips a row with nothing in the known columns', () => {
    expect(
      parser(['姓名', '手机']).parse({ number: 9, cells: [' ', '', 'stray note far right'] }),
    ).toBeNull();
  });
});
