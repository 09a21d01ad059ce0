import type { BenchContext } from './bench-context';
import { load } from './load';
import { sqlTime } from './seed';
import { SEEDED_NOTICES } from './seed-bulletin';
import { medianMs } from './timing';

/**
 * The board's first page and its total, as a hand-written server would read them: the same
 * conditions and order over the role rows' index, portable SQL with `?` placeholders.
 */
const RAW_BOARD = `SELECT n.id, n.title, n.category, n.pinned, n.visible_from, n.visible_to,
    n.author_id, n.created_at, n.updated_at, r.read_at
  FROM bulletin_notice_role a
  JOIN bulletin_notice n ON n.id = a.notice_id
  LEFT JOIN bulletin_read r ON r.notice_id = a.notice_id AND r.user_id = ?
  WHERE a.role = ? AND a.visible_from <= ? AND (a.visible_to IS NULL OR a.visible_to > ?)
  ORDER BY a.pinned DESC, a.visible_from DESC, a.notice_id DESC
  LIMIT 20`;
const RAW_TOTAL = `SELECT COUNT(*) AS total FROM bulletin_notice_role a
  WHERE a.role = ? AND a.visible_from <= ? AND (a.visible_to IS NULL OR a.visible_to > ?)`;
const RAW_UNREAD = `SELECT COUNT(*) AS total FROM bulletin_notice_role a
  LEFT JOIN bulletin_read r ON r.notice_id = a.notice_id AND r.user_id = ?
  WHERE a.role = ? AND a.visible_from <= ? AND (a.visible_to IS NULL OR a.visible_to > ?)
    AND r.user_id IS NULL`;

/**
 * The bulletin board on its seeded notices (seed-bulletin.ts), read by a coordinator: the
 * board's first page (with its total and the reader's receipts) and the unread figure of
 * `/api/auth/me`, each timed alone beside the raw queries, then the board under load.
 */
export async function measureBulletin(ctx: BenchContext): Promise<void> {
  await ctx.signIn();
  const { coordinator, coordinatorId, raw, report } = ctx;
  const now = () => sqlTime(Date.now());

  const apiBoard = await medianMs(21, () => coordinator.call('GET', '/api/bulletin'));
  const rawBoard = await medianMs(21, async () => {
    const at = now();
    await raw.query(RAW_BOARD, [coordinatorId, 'coordinator', at, at]);
    await raw.query(RAW_TOTAL, ['coordinator', at, at]);
  });
  report.timing(
    `bulletin board, first page (${SEEDED_NOTICES} notices, mixed audiences)`,
    apiBoard,
    rawBoard,
    'raw: the page with its receipts, and the total',
  );
  const apiMe = await medianMs(21, () => coordinator.call('GET', '/api/auth/me'));
  const rawUnread = await medianMs(21, async () => {
    const at = now();
    await raw.query(RAW_UNREAD, [coordinatorId, 'coordinator', at, at]);
  });
  report.timing(
    'sign-in summary with the unread notices',
    apiMe,
    rawUnread,
    'raw: the unread count alone (the API also counts the to-do)',
  );
  report.interaction(
    'GET /api/bulletin, first page',
    await load(
      { base: ctx.server.url, path: '/api/bulletin', token: coordinator.token },
      ctx.connections,
      ctx.seconds,
    ),
  );
}
