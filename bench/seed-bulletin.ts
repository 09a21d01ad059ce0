import type { RawDatabase } from './raw-database';
import { SEED_BATCH, sqlTime } from './seed';

export const SEEDED_NOTICES = 2_000;
const HOUR = 3600_000;
const DAY = 24 * HOUR;
const ROLES = ['admin', 'clerk', 'coordinator', 'finance', 'manager'];
/** The audiences of the notices not for all staff, in turn. */
const AUDIENCES = [
  ['manager'],
  ['coordinator', 'manager'],
  ['clerk', 'coordinator'],
  ['finance', 'manager'],
  ['coordinator'],
  ['clerk', 'finance', 'manager'],
];
const CATEGORIES = ['schedule', 'company', 'policy'];
const BODY = [
  '## 通知',
  '',
  '各位同事：**本周六** TR1 第 {n} 期开课，请统筹人于周五 18:00 前确认学员名单，',
  '行政同事准备签到表和教材。详见 [课程安排](https://example.com/schedule/{n})。',
  '',
  '- 会场：北京市朝阳区建国路 1 号',
  '- 联系人：行政部',
].join('\n');

/**
 * A bulletin board some years old: SEEDED_NOTICES notices, one every four hours back from now,
 * two in five for all staff and the rest for one to three roles, one in forty pinned, one in
 * five shown for a month only (most of those long over), one in a hundred not shown yet, one in
 * fifty withdrawn; and the receipts of the staff there are (the bench users), who have read
 * seven in ten of the notices meant for them.
 */
export async function seedBulletin(db: RawDatabase): Promise<void> {
  const users = (await db.query<{ id: number; role: string }>('SELECT id, role FROM app_user')).map(
    (user) => ({ id: Number(user.id), role: user.role }),
  );
  const authors = users.filter((user) => ['admin', 'clerk', 'manager'].includes(user.role));
  const now = Date.now();
  const notices: unknown[][] = [];
  const roles: unknown[][] = [];
  const reads: unknown[][] = [];
  for (let i = 0; i < SEEDED_NOTICES; i += 1) {
    const id = i + 1;
    const from = i % 100 === 99 ? now + ((i % 7) + 1) * DAY : now - (SEEDED_NOTICES - i) * 4 * HOUR;
    const to = i % 5 === 0 ? from + 30 * DAY : null;
    const pinned = i % 40 === 0;
    const withdrawn = i % 50 === 7;
    const all = i % 5 < 2;
    const audience = all ? ROLES : AUDIENCES[i % AUDIENCES.length];
    const stamp = sqlTime(from);
    notices.push([
      id,
      `公告 ${id}：TR1 第 ${id} 期开课安排`,
      BODY.replaceAll('{n}', String(id)),
      CATEGORIES[i % CATEGORIES.length],
      pinned,
      stamp,
      to === null ? null : sqlTime(to),
      all,
      authors[i % authors.length].id,
      withdrawn ? stamp : null,
      withdrawn ? authors[0].id : null,
      stamp,
      stamp,
      1,
    ]);
    if (withdrawn) continue;
    for (const role of audience)
      roles.push([id, role, pinned, stamp, to === null ? null : sqlTime(to)]);
    for (const user of users)
      if (audience.includes(user.role) && (i * 7 + user.id) % 10 < 7)
        reads.push([id, user.id, sqlTime(Math.min(from + HOUR, now))]);
  }
  await db.insert(
    'bulletin_notice',
    {
      id: 'int',
      title: 'text',
      body: 'text',
      category: 'text',
      pinned: 'bool',
      visible_from: 'timestamp',
      visible_to: 'timestamp',
      audience_all: 'bool',
      author_id: 'int',
      withdrawn_at: 'timestamp',
      withdrawn_by_id: 'int',
      created_at: 'timestamp',
      updated_at: 'timestamp',
      version: 'int',
    },
    notices,
  );
  for (let from = 0; from < roles.length; from += SEED_BATCH)
    await db.insert(
      'bulletin_notice_role',
      {
        notice_id: 'int',
        role: 'text',
        pinned: 'bool',
        visible_from: 'timestamp',
        visible_to: 'timestamp',
      },
      roles.slice(from, from + SEED_BATCH),
    );
  for (let from = 0; from < reads.length; from += SEED_BATCH)
    await db.insert(
      'bulletin_read',
      { notice_id: 'int', user_id: 'int', read_at: 'timestamp' },
      reads.slice(from, from + SEED_BATCH),
    );
}
