// A big customer base for the browser tests, written straight into the fresh SQLite file
// after the migrations and before the server starts (the benchmark's road, bench/seed.ts):
// 100,000 rows in one prepared statement and one transaction take a few seconds, where the
// API would take minutes.
//
// The rows stay out of the other stories' way: no owner (nobody's "my customers"), no
// birthday (no care greetings), created 2020–2025 (never "today" or "this month"), mobiles
// 1990xxxxxxx (never one a story types), and no search terms: a search never finds them, so
// a story that searches finds only what it made. The list and its count read them all.
import Database from 'better-sqlite3';

const SURNAMES =
  '李王张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛超兰霞平刚桂华建国志红玉梅文辉鹏飞东海燕雪琳涵远浩然欣怡萱宇轩诺桐';
const CATEGORIES = ['prospect', 'prospect', 'prospect', 'student', 'guest'];
const LEVELS = ['A', 'B', 'C', null];
const STATUSES = ['new', 'contacting', 'interested', 'enrolled', 'dormant'];
const FIRST = Date.UTC(2020, 0, 1);
const LAST = Date.UTC(2025, 11, 31);

/** `YYYY-MM-DD HH:MM:SS.mmm` in UTC, as the server's driver writes a datetime. */
const sqlTime = (ms) => new Date(ms).toISOString().replace('T', ' ').replace('Z', '');

/** Writes `count` customers into the SQLite file `file` (schema already migrated). */
export function seedCustomers(file, count) {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    // The server is not running and the rows are consistent by construction.
    db.pragma('synchronous = OFF');
    const insert = db.prepare(
      `INSERT INTO customer (code, name, gender, mobile, category, stage, level, status_tag,
         source, province_code, city_code, created_at, updated_at, version)
       VALUES (?, ?, ?, ?, ?, 'none', ?, ?, 'referral', '44', '4401', ?, ?, 1)`,
    );
    const step = Math.floor((LAST - FIRST) / count);
    const surnames = [...SURNAMES];
    const given = [...GIVEN];
    db.transaction(() => {
      for (let i = 0; i < count; i += 1) {
        const created = sqlTime(FIRST + i * step);
        const name =
          surnames[(i * 7) % surnames.length] +
          given[(i * 13) % given.length] +
          (i % 3 ? given[(i * 31) % given.length] : '');
        insert.run(
          `C${created.slice(0, 10).replace(/-/g, '')}${String(i).padStart(7, '0')}`,
          name,
          i % 2 ? 'male' : 'female',
          `1990${String(i).padStart(7, '0')}`,
          CATEGORIES[i % CATEGORIES.length],
          LEVELS[i % LEVELS.length],
          STATUSES[i % STATUSES.length],
          created,
          created,
        );
      }
    })();
    db.exec('ANALYZE');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}
