import { containsPattern } from './like-pattern';

describe('containsPattern', () => {
  it('wraps the text in % so it matches anywhere', () => {
    expect(containsPattern('smith')).toBe('%smith%');
  });

  it('lowercases the text', () => {
    expect(containsPattern('McDonald ÄÖ')).toBe('%mcdonald äö%');
  });

  it('escapes % so it is taken literally', () => {
    expect(containsPattern('100%')).toBe('%100\\%%');
  });

  it('escapes _ so it is taken literally', () => {
    expect(containsPattern('a_b')).toBe('%a\\_b%');
  });

  it('escapes the backslash, the escape character itself', () => {
    expect(containsPattern('C:\\dir')).toBe('%c:\\\\dir%');
  });

  it('escapes every occurrence, and mixed ones, one backslash each', () => {
    expect(containsPattern('%_\\%__')).toBe('%\\%\\_\\\\\\%\\_\\_%');
    expect(containsPattern('Ab%C_d\\E')).toBe('%ab\\%c\\_d\\\\e%');
  });

  it('leaves other special-looking characters alone', () => {
    expect(containsPattern("O'Brien [x] *?")).toBe("%o'brien [x] *?%");
  });

  it('matches everything for an empty text', () => {
    expect(containsPattern('')).toBe('%%');
  });
});
