import { scriptSearchGroups } from '../src/modules/scripts/script-search-terms';
import type { BenchContext } from './bench-context';
import { load } from './load';
import { medianMs, timed } from './timing';

/** Scripts written through the API: a company's library holds a few hundred. */
export const SEEDED_SCRIPTS = 2_000;

const SITUATIONS = ['first_call', 'course_intro', 'price_objection', 'rejoin', 'care_call'];
const TOPICS = ['学费太贵怎么办', '第一次通话开场', '介绍一阶段课程', '下车学员回访', '生日关怀'];
const PHRASES = [
  '先认同客户的顾虑，',
  '再讲课程能带来的改变，',
  '说明分期付款的安排，',
  '邀请他来听一次公开课，',
  '约好下次联系的时间。',
  '讲讲往期学员的收获，',
  '问问他最近的工作和家庭，',
];

/** A body of about 600 characters, different for each script. */
function body(i: number): string {
  const parts: string[] = [];
  for (let k = 0; parts.join('').length < 600; k += 1)
    parts.push(PHRASES[(i * 7 + k * 3) % PHRASES.length]);
  return `${parts.join('')}（第 ${i} 篇）`;
}

/** The search the API runs for `q`, by hand: the same index lookups, portable SQL. */
function rawSearch(q: string): { sql: string; params: string[] } {
  const params: string[] = [];
  const conditions = (scriptSearchGroups(q) ?? []).map((ranges) => {
    const any = ranges.map((range) => {
      params.push(range.from, range.to);
      return 't.term BETWEEN ? AND ?';
    });
    return `s.id IN (SELECT t.script_id FROM script_search_term t WHERE ${any.join(' OR ')})`;
  });
  return {
    sql: `SELECT s.id, s.title, s.updated_at FROM script s WHERE s.deleted_at IS NULL AND ${conditions.join(' AND ')} ORDER BY s.updated_at DESC, s.id DESC LIMIT 20`,
    params,
  };
}

/**
 * The script library (§7): SEEDED_SCRIPTS scripts written through the API (each a version
 * and its search terms), then searches by a Chinese phrase and by title initials, the
 * reading list and a script's versions, each timed alone (beside the raw index lookup for
 * searches), then the searches under load.
 */
export async function measureScripts(ctx: BenchContext): Promise<void> {
  await ctx.signIn();
  const { manager, coordinator, raw, report } = ctx;
  const courses = await manager.call<{ id: number; code: string }[]>('GET', '/api/courses');
  const tr1 = courses.find((course) => course.code === 'TR1')?.id ?? null;
  const created: number[] = [];
  const writing = await timed(async () => {
    for (let i = 0; i < SEEDED_SCRIPTS; i += 1) {
      const script = await manager.call<{ id: number }>('POST', '/api/scripts', {
        courseId: i % 4 === 0 ? tr1 : null,
        situation: SITUATIONS[i % SITUATIONS.length],
        title: `${TOPICS[i % TOPICS.length]} ${i}`,
        body: body(i),
        tags: [`标签${i % 50}`],
        forNewStaff: i % 10 === 0,
        readingOrder: i,
      });
      created.push(script.id);
    }
  });
  report.timing(
    `write a script (${SEEDED_SCRIPTS} through the API, ~600 characters each)`,
    writing.ms / SEEDED_SCRIPTS,
    null,
    'mean; a version and its search terms in one transaction',
  );
  const id = created[created.length - 1];
  const edit = await medianMs(11, async () => {
    const current = await manager.call<{ version: number }>('GET', `/api/scripts/${id}`);
    await manager.call('PATCH', `/api/scripts/${id}`, {
      body: `${body(id)}${Math.random()}`,
      version: current.version,
    });
  });
  report.timing('edit a script (read + save a new version)', edit, null);

  const searches: [string, string][] = [
    ['Chinese phrase (分期付款, in every body)', '分期付款'],
    ['title initials (xcxyhf: 下车学员回访)', 'xcxyhf'],
    ['title phrase (下车学员回访, a fifth of them)', '下车学员回访'],
  ];
  for (const [label, q] of searches) {
    const path = `/api/scripts?q=${encodeURIComponent(q)}`;
    const api = await medianMs(21, () => coordinator.call('GET', path));
    const { sql, params } = rawSearch(q);
    const rawMs = await medianMs(21, () => raw.query(sql, params));
    report.timing(`script search: ${label}`, api, rawMs, 'raw: the page, without the count');
  }
  const readingList = `/api/scripts/reading-list?courseId=${tr1}`;
  report.timing(
    'reading list of a course, first page',
    await medianMs(21, () => coordinator.call('GET', readingList)),
    null,
  );
  report.timing(
    "a script's versions",
    await medianMs(21, () => coordinator.call('GET', `/api/scripts/${id}/versions`)),
    null,
  );

  for (const [label, path] of [
    ['GET /api/scripts?q=xcxyhf (title initials)', '/api/scripts?q=xcxyhf'],
    [
      'GET /api/scripts?q=分期付款 (in every body)',
      `/api/scripts?q=${encodeURIComponent('分期付款')}`,
    ],
  ]) {
    report.interaction(
      label,
      await load(
        { base: ctx.server.url, path, token: coordinator.token },
        ctx.connections,
        ctx.seconds,
      ),
    );
  }
}
