import { benchName } from './bench-data';
import type { BenchContext } from './bench-context';
import { load, type LoadTarget } from './load';
import { DETAIL_SQL, listQuery } from './raw-queries';
import { customerId } from './seed';
import { medianMs } from './timing';

const RUNS = 30;

interface Search {
  key: string;
  label: string;
  q: string;
}

/** The searches people type: common ones that match thousands, and a rare one. */
function searches(customers: number): Search[] {
  // A three-character name: a handful of people at most.
  let rare = Math.floor(customers * 0.321);
  while ([...benchName(rare)].length < 3) rare += 1;
  return [
    { key: 'search 1 char', label: 'search 1 character "王"', q: '王' },
    { key: 'search 2 chars', label: 'search 2 characters "张伟"', q: '张伟' },
    { key: 'search pinyin', label: 'search pinyin syllable "li"', q: 'li' },
    { key: 'search 4 digits', label: 'search 4 phone digits "1380"', q: '1380' },
    { key: 'search rare', label: `search rare name "${benchName(rare)}"`, q: benchName(rare) },
  ];
}

/** The customer one detail view is measured on. */
export function detailTarget(customers: number): number {
  return customerId(Math.floor(customers * 0.54321));
}

/**
 * List, searches and detail: sequential medians beside the raw database, then each under
 * load beside the bare server answering the same SQL.
 */
export async function measureCustomerReads(ctx: BenchContext): Promise<void> {
  const { manager, raw, report } = ctx;
  const detail = detailTarget(ctx.customers);
  const rawList = async (q?: string) => {
    const query = listQuery(q);
    await Promise.all([raw.query(query.page, query.params), raw.query(query.count, query.params)]);
  };
  const api = (path: string) => () => manager.call('GET', path);

  report.timing(
    'list page (20)',
    await medianMs(RUNS, api('/api/customers')),
    await medianMs(RUNS, () => rawList()),
  );
  for (const search of searches(ctx.customers)) {
    report.timing(
      search.label,
      await medianMs(RUNS, api(`/api/customers?q=${encodeURIComponent(search.q)}`)),
      await medianMs(RUNS, () => rawList(search.q)),
    );
  }
  report.timing(
    'detail view',
    await medianMs(RUNS, api(`/api/customers/${detail}`)),
    await medianMs(RUNS, () => raw.query(DETAIL_SQL, [detail])),
  );

  // The bare server answers the list page and the detail; searches are compared with the
  // raw database above, since how the API searches is its own design.
  const routes: { key: string; label: string; path: string; bare: boolean }[] = [
    { key: 'list page', label: 'list page', path: '/api/customers', bare: true },
    ...searches(ctx.customers).map((search) => ({
      key: search.key,
      label: search.label,
      path: `/api/customers?q=${encodeURIComponent(search.q)}`,
      bare: false,
    })),
    { key: 'detail view', label: 'detail view', path: `/api/customers/${detail}`, bare: true },
  ];
  await ctx.signIn();
  for (const route of routes) {
    const target: LoadTarget = { base: ctx.server.url, path: route.path, token: manager.token };
    const api = await load(target, ctx.connections, ctx.seconds);
    const bare = route.bare
      ? await load({ base: ctx.bare.url, path: route.path }, ctx.connections, ctx.seconds)
      : undefined;
    report.load(route.label, api, bare, route.key);
  }
}
