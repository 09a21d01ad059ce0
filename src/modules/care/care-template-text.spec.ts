import { chineseMonthDay, renderTemplate, templateProblems } from './care-template-text';

describe('care template text', () => {
  it('accepts the known placeholders and plain text', () => {
    expect(templateProblems('亲爱的{name}，{date}是{occasion}，祝您快乐！')).toEqual([]);
    expect(templateProblems('没有占位符')).toEqual([]);
  });

  it('names unknown placeholders once each, and stray braces', () => {
    expect(templateProblems('{name}{nickname}{Name}{nickname}')).toEqual(['{nickname}', '{Name}']);
    expect(templateProblems('{ name }')).toEqual(['{ name }']);
    expect(templateProblems('{name')).toEqual(['an unmatched { or }']);
    expect(templateProblems('name}')).toEqual(['an unmatched { or }']);
    expect(templateProblems('{{name}}')).toEqual(['an unmatched { or }']);
  });

  it('fills in every occurrence of each placeholder', () => {
    expect(
      renderTemplate('{name}，{occasion}快乐！{name}，{date}', {
        name: '张三',
        occasion: '中秋节',
        date: '9月25日',
      }),
    ).toBe('张三，中秋节快乐！张三，9月25日');
  });

  it('says dates the Chinese way, without leading zeros', () => {
    expect(chineseMonthDay('2026-05-10')).toBe('5月10日');
    expect(chineseMonthDay('2026-10-01')).toBe('10月1日');
  });
});
