import { rangesFor, searchTermsFor } from './customer-search-terms';

function matches(terms: string[], q: string): boolean {
  const ranges = rangesFor(q) ?? [];
  return terms.some((term) => ranges.some((range) => term >= range.from && term <= range.to));
}

describe('customer search terms', () => {
  const terms = searchTermsFor({ code: 'C20261122001', name: '张建国', mobile: '13812345678', otherPhones: ['01088886666'] });

  it.each(['张', '建国', '张建国', '国', 'zjg', 'jg', 'zhang', 'zhangjianguo', 'jianguo', 'guo', '1234', '5678', '13812345678', '8886', 'C20261122', 'c20261122001'])(
    'finds 张建国 by %s',
    (q) => {
      expect(matches(terms, q)).toBe(true);
    },
  );

  it.each(['李', '建军', 'zs', 'li', '9999', 'C20261123', 'zhangjianjun'])('does not find 张建国 by %s', (q) => {
    expect(matches(terms, q)).toBe(false);
  });

  it('refuses searches too short to be selective', () => {
    expect(rangesFor('123')).toBeNull();
    expect(rangesFor('  ')).toBeNull();
  });

  it('keeps every term within [0-9a-z] and 64 characters', () => {
    const long = searchTermsFor({ code: 'C1', name: '欧阳'.repeat(20), mobile: '13800000000', otherPhones: null });
    for (const term of [...terms, ...long]) expect(term).toMatch(/^[0-9a-z]{1,64}$/);
  });

  it('indexes latin names by their letters', () => {
    const latin = searchTermsFor({ code: 'C2', name: 'John Smith', mobile: '13900000000', otherPhones: null });
    expect(matches(latin, 'smith')).toBe(true);
    expect(matches(latin, 'john')).toBe(true);
  });
});
