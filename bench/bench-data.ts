/**
 * The benchmark's made-up people: reproducible from their index, so every run seeds the same
 * base and the searches below find what they are meant to find.
 */

/** The most common family names with their share of the population (about 50% together). */
const COMMON_SURNAMES: [string, number][] = [
  ['李', 0.079],
  ['王', 0.071],
  ['张', 0.068],
  ['刘', 0.054],
  ['陈', 0.045],
  ['杨', 0.031],
  ['黄', 0.022],
  ['赵', 0.021],
  ['吴', 0.02],
  ['周', 0.019],
];
/** The rest share the other half evenly. */
const OTHER_SURNAMES =
  '徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红玉梅文辉鹏飞晓东海燕雪琳子涵思远浩然欣怡梓萱宇轩一诺雨桐';

/** A reproducible pseudo-random sequence in [0, 1) (mulberry32). */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function surname(u: number): string {
  let left = u;
  for (const [name, share] of COMMON_SURNAMES) {
    if (left < share) return name;
    left -= share;
  }
  const rest = 1 - COMMON_SURNAMES.reduce((sum, [, share]) => sum + share, 0);
  const chars = [...OTHER_SURNAMES];
  return chars[Math.min(chars.length - 1, Math.floor((left / rest) * chars.length))];
}

/** A name of two or three characters, family names as common as in China. */
export function benchName(i: number): string {
  const next = random(i * 2 + 1);
  const given = [...GIVEN];
  const length = next() < 0.4 ? 1 : 2;
  let name = surname(next());
  for (let n = 0; n < length; n += 1) name += given[Math.floor(next() * given.length)];
  return name;
}

/**
 * A unique mobile number per index: `13x` for the seeded base and `15x` for the imported
 * file, so the import never meets a duplicate. The last digit of the index picks x and the
 * rest is spread over the eight digits by a bijection (odd multiplier modulo 10^8), so digit
 * runs are as varied as real numbers'.
 */
export function benchMobile(i: number, first: '13' | '15' | '18' = '13'): string {
  const rest = (Math.floor(i / 10) * 7919 + (first === '13' ? 12345 : 67891)) % 100_000_000;
  return `${first}${i % 10}${String(rest).padStart(8, '0')}`;
}
