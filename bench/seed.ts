import Database from 'better-sqlite3';
import { searchTermsFor } from '../src/modules/customers/customer-search-terms';

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉梅文辉鹏飞晓东海燕雪琳子涵思远浩然欣怡梓萱宇轩一诺雨桐';
const CATEGORIES = ['prospect', 'prospect', 'prospect', 'student', 'guest'];
const LEVELS = ['A', 'B', 'C', null];
const STATUSES = ['new', 'contacting', 'interested', 'enrolled', 'dormant'];

/** A reproducible pseudo-random sequence, so every run seeds the same data. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

export function benchName(i: number): string {
  const next = random(i + 1);
  const surname = SURNAMES[Math.floor(next() * SURNAMES.length)];
  const given = Array.from(
    { length: 1 + Math.floor(next() * 2) },
    () => GIVEN[Math.floor(next() * GIVEN.length)],
  ).join('');
  return surname + given;
}

export function benchMobile(i: number, base = 13000000000): string {
  return String(base + i * 7919);
}

/**
 * Writes `count` customers with their search terms straight into the SQLite file (the
 * server is idle): the benchmark measures reading, so seeding takes the shortest road.
 */
export function seedCustomers(file: string, count: number, ownerIds: number[]): void {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insertCustomer = db.prepare(
    `INSERT INTO customer (code, name, gender, birthday, mobile, category, stage, level, status_tag, source, owner_id, province_code, city_code, created_by_id, created_at, updated_at, version)
     VALUES (?, ?, ?, ?, ?, ?, 'none', ?, ?, 'referral', ?, '44', '4401', ?, ?, ?, 1)`,
  );
  const insertTerm = db.prepare(
    'INSERT INTO customer_search_term (customer_id, term) VALUES (?, ?)',
  );
  const start = Date.UTC(2024, 0, 1);
  const write = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i += 1) {
      const next = random(i + 7);
      const created = new Date(start + i * 60_000).toISOString().replace('T', ' ').replace('Z', '');
      const code = `C${created.slice(0, 10).replace(/-/g, '')}${String(i).padStart(6, '0')}`;
      const name = benchName(i);
      const mobile = benchMobile(i);
      const owner = ownerIds[i % ownerIds.length];
      const birthday = `19${60 + Math.floor(next() * 40)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
      const result = insertCustomer.run(
        code,
        name,
        next() < 0.5 ? 'male' : 'female',
        birthday,
        mobile,
        CATEGORIES[i % CATEGORIES.length],
        LEVELS[i % LEVELS.length],
        STATUSES[i % STATUSES.length],
        owner,
        owner,
        created,
        created,
      );
      for (const term of searchTermsFor({ code, name, mobile, otherPhones: null }))
        insertTerm.run(result.lastInsertRowid, term);
    }
  });
  for (let i = 0; i < count; i += 5000) write(i, Math.min(count, i + 5000));
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.exec('ANALYZE');
  db.close();
}
