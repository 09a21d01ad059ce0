import { scriptSearchGroups, scriptSearchTerms } from './script-search-terms';

function finds(terms: string[], q: string): boolean {
  const groups = scriptSearchGroups(q) ?? [];
  return (
    groups.length > 0 &&
    groups.every((ranges) =>
      ranges.some((range) => terms.some((term) => term >= range.from && term <= range.to)),
    )
  );
}

describe('script search terms', () => {
  const terms = scriptSearchTerms({
    title: '价格异议：学费太贵怎么办',
    body: '先认同客户的顾虑，再讲 TR1 的价值和分期付款。',
    tags: ['报价', 'objection'],
  });

  it.each(['价格', '价格异议', '学费', '顾虑', '分期付款', '贵', 'tr1', 'TR', '报价', 'object'])(
    'finds the script by %s',
    (q) => expect(finds(terms, q)).toBe(true),
  );

  it.each(['jgyy', 'jg', 'yy', 'xftg', 'jiage', 'jiageyiyi', 'xuefei'])(
    'finds it by the pinyin or initials of its title: %s',
    (q) => expect(finds(terms, q)).toBe(true),
  );

  it.each(['价钱', '复训', 'tr2', 'jgxx', 'fenqi', '客服'])('does not find it by %s', (q) =>
    expect(finds(terms, q)).toBe(false),
  );

  it('keeps every term to [0-9a-z] and 64 characters', () => {
    const long = scriptSearchTerms({ title: 'a'.repeat(100), body: '𠀀'.repeat(10), tags: [] });
    for (const term of [...terms, ...long]) expect(term).toMatch(/^[0-9a-z]{2,64}$/);
  });

  it('has nothing to search by in punctuation alone', () => {
    expect(scriptSearchGroups(' ，。!? ')).toBeNull();
  });
});
