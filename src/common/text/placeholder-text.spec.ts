import { fillPlaceholders, placeholderProblems, placeholdersIn } from './placeholder-text';

describe('placeholder text', () => {
  const allowed = ['name', 'course'];

  it('accepts the allowed placeholders and plain text', () => {
    expect(placeholderProblems('{name}，{course}开课', allowed)).toEqual([]);
    expect(placeholderProblems('没有占位符', allowed)).toEqual([]);
  });

  it('names what the list does not allow once each, then stray braces', () => {
    expect(placeholderProblems('{amount}{name}{amount}{Name}}', allowed)).toEqual([
      '{amount}',
      '{Name}',
      'an unmatched { or }',
    ]);
    expect(placeholderProblems('{name}', [])).toEqual(['{name}']);
  });

  it('lists the placeholders used, and fills in those it has values for', () => {
    expect(placeholdersIn('{name}{course}{name}')).toEqual(['name', 'course']);
    expect(fillPlaceholders('{name}：{course}{date}', { name: '张三', course: 'TA' })).toBe(
      '张三：TA{date}',
    );
  });
});
