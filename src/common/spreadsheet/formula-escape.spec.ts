import { escapeFormula, unescapeFormula } from './formula-escape';

describe('formula escape', () => {
  it.each(['=1+1', '+86 138', '-5', '@SUM(A1)', '\tx', '\rx', "=cmd|' /C calc'!A0"])(
    'quotes %j',
    (text) => {
      expect(escapeFormula(text)).toBe(`'${text}`);
    },
  );

  it.each(['张三', '13800138000', "'quoted", ' =leading space', '', 'a=b'])(
    'leaves %j alone',
    (text) => {
      expect(escapeFormula(text)).toBe(text);
    },
  );

  it('round-trips what it escaped, and only that', () => {
    for (const text of ['=1+1', '-5', '@x', '张三', "'quoted", "'"]) {
      expect(unescapeFormula(escapeFormula(text))).toBe(text);
    }
    expect(unescapeFormula("'=A1")).toBe('=A1');
    expect(unescapeFormula("'abc")).toBe("'abc");
  });
});
