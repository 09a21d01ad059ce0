import { PhoneDigits, rangesFor, searchTermsFor } from './customer-search-terms';

function matches(terms: string[], q: string, phoneDigits: PhoneDigits = 'all'): boolean {
  const ranges = rangesFor(q, phoneDigits) ?? [];
  return terms.some((term) => ranges.some((range) => term >= range.from && term <= range.to));
}

describe('customer search terms', () => {
  const terms = searchTermsFor({
    code: 'C20261122001',
    name: '张建国',
    mobile: '13812345678',
    otherPhones: ['01088886666'],
  });

  it.each([
    '张',
    '建国',
    '张建国',
    '国',
    'zjg',
    'jg',
    'zhang',
    'zhangjianguo',
    'jianguo',
    'guo',
    '1234',
    '5678',
    '13812345678',
    '8886',
    'C20261122',
    'c20261122001',
  ])('finds 张建国 by %s', (q) => {
    expect(matches(terms, q)).toBe(true);
  });

  it.each(['李', '建军', 'zs', 'li', '9999', 'C20261123', 'zhangjianjun'])(
    'does not find 张建国 by %s',
    (q) => {
      expect(matches(terms, q)).toBe(false);
    },
  );

  it('refuses searches too short to be selective', () => {
    expect(rangesFor('123', 'all')).toBeNull();
    expect(rangesFor('123', 'shown')).toBeNull();
    expect(rangesFor('  ', 'all')).toBeNull();
  });

  it('keeps every term within [0-9a-z] and 64 characters', () => {
    const long = searchTermsFor({
      code: 'C1',
      name: '欧阳'.repeat(20),
      mobile: '13800000000',
      otherPhones: ['1'.repeat(20)],
    });
    const surname = searchTermsFor({
      code: 'C3',
      name: '尉迟' + '曾'.repeat(40),
      mobile: '1234567',
      otherPhones: ['123456'],
    });
    for (const term of [...terms, ...long, ...surname]) expect(term).toMatch(/^[0-9a-z]{1,64}$/);
  });

  it('indexes latin names by their letters', () => {
    const latin = searchTermsFor({
      code: 'C2',
      name: 'John Smith',
      mobile: '13900000000',
      otherPhones: null,
    });
    expect(matches(latin, 'smith')).toBe(true);
    expect(matches(latin, 'john')).toBe(true);
  });

  describe('surnames with a reading of their own', () => {
    it.each([
      ['曾小贤', ['zengxiaoxian', 'zxx', 'cengxiaoxian', 'cxx', 'zeng', 'xiaoxian']],
      ['单田芳', ['shantianfang', 'stf', 'dantianfang']],
      ['解缙', ['xiejin', 'xj', 'jiejin']],
      ['仇英', ['qiuying', 'qy', 'chouying']],
      ['区志明', ['ouzhiming', 'ozm', 'quzhiming']],
      ['查良镛', ['zhaliangyong', 'zly', 'chaliangyong']],
      ['朴树', ['piaoshu', 'ps', 'pushu']],
      ['盖聂', ['genie', 'gn', 'gainie']],
      ['尉迟恭', ['yuchigong', 'ycg', 'weichigong']],
      ['万俟卨', ['moqixie', 'mqx', 'wansixie']],
      ['华佗', ['huatuo', 'ht']],
      ['任我行', ['renwoxing', 'rwx']],
    ])('finds %s by its surname reading and by the common one', (name, queries) => {
      const own = searchTermsFor({ code: 'C4', name, mobile: '13900000001', otherPhones: null });
      for (const q of queries) expect([q, matches(own, q)]).toEqual([q, true]);
    });

    it('reads only the family name as a surname', () => {
      // 曾 inside a given name keeps its common reading.
      const own = searchTermsFor({
        code: 'C5',
        name: '张曾',
        mobile: '13900000002',
        otherPhones: null,
      });
      expect(matches(own, 'zhangceng')).toBe(true);
      expect(matches(own, 'zhangzeng')).toBe(false);
    });
  });

  describe('phones of users who may not reveal them', () => {
    // 138****5678 and 010****6666 are all such a user sees.
    it.each(['5678', '6666', '13812345678', '01088886666'])(
      'finds by what the mask shows or the whole number: %s',
      (q) => {
        expect(matches(terms, q, 'shown')).toBe(true);
      },
    );

    it.each([
      '1381',
      '1380',
      '8123',
      '1234',
      '2345',
      '45678',
      '38123',
      '0108',
      '8886',
      '1381234567',
      '3812345678',
    ])('never matches digits the mask hides: %s', (q) => {
      expect(matches(terms, q, 'shown')).toBe(false);
    });

    it('shows nothing of a short number, so only the whole number finds it', () => {
      const short = searchTermsFor({
        code: 'C6',
        name: '短号',
        mobile: '13800000003',
        otherPhones: ['654321'],
      });
      expect(matches(short, '4321', 'shown')).toBe(false);
      expect(matches(short, '654321', 'shown')).toBe(true);
      expect(matches(short, '4321', 'all')).toBe(true);
    });
  });
});
