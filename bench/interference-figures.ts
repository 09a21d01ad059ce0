import type { BenchContext } from './bench-context';
import { load } from './load';

const LIST_CLIENTS = 16;
const SEARCH_CLIENTS = 2;
/** The search that matches the most (pinyin li: 李, 林, 梁, 刘, 黎, 丽 …). */
const COMMON_SEARCH = 'li';

/**
 * What a few people searching a common term do to everyone else's list: the list's p99
 * alone, then with two clients searching meanwhile.
 */
export async function measureSearchInterference(ctx: BenchContext): Promise<void> {
  await ctx.signIn();
  const list = { base: ctx.server.url, path: '/api/customers', token: ctx.manager.token };
  const search = {
    base: ctx.server.url,
    path: `/api/customers?q=${COMMON_SEARCH}`,
    token: ctx.manager.token,
  };
  ctx.report.situation(
    'list alone',
    'list page',
    LIST_CLIENTS,
    await load(list, LIST_CLIENTS, ctx.seconds),
  );
  const [listed, searched] = await Promise.all([
    load(list, LIST_CLIENTS, ctx.seconds),
    load(search, SEARCH_CLIENTS, ctx.seconds),
  ]);
  const situation = `list while ${SEARCH_CLIENTS} clients search "${COMMON_SEARCH}"`;
  ctx.report.situation(situation, 'list page', LIST_CLIENTS, listed);
  ctx.report.situation(situation, `search "${COMMON_SEARCH}"`, SEARCH_CLIENTS, searched);
}
