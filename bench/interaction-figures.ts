import type { BenchContext } from './bench-context';
import { load, type LoadTarget } from './load';
import { customerId } from './seed';

/** `YYYY-MM-DD`, `days` before `day`. */
function daysBefore(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

/**
 * The interaction endpoints on the seeded year of history: the to-do of the coordinator
 * with ~2,000 overdue plans, writing records, the briefing before a call, and work results
 * over 30 and 365 days, for oneself and as a manager looking at that coordinator.
 */
export async function measureInteractions(ctx: BenchContext): Promise<void> {
  await ctx.signIn();
  const { coordinator, manager, raw, report } = ctx;
  const todo = await coordinator.call<{ day: string; counts: Record<string, number> }>(
    'GET',
    '/api/todo',
  );
  const [followUp] = await raw.query<{ id: number }>(
    "SELECT id FROM interaction_type WHERE code = 'follow_up'",
  );
  // The customer with the longest history: the briefing's worst case.
  const [busiest] = await raw.query<{ customer_id: number }>(
    'SELECT customer_id FROM interaction GROUP BY customer_id ORDER BY COUNT(*) DESC, customer_id LIMIT 1',
  );
  const as = (client: typeof manager, path: string): LoadTarget => ({
    base: ctx.server.url,
    path,
    token: client.token,
  });
  const run = async (label: string, target: LoadTarget) =>
    report.interaction(label, await load(target, ctx.connections, ctx.seconds));

  await run(
    `GET /api/todo (coordinator: ${todo.counts.overdue} overdue, ${todo.counts.upcoming} upcoming)`,
    as(coordinator, '/api/todo'),
  );
  let written = 0;
  await run('POST /api/interactions (a record for a different customer each time)', {
    ...as(coordinator, '/api/interactions'),
    method: 'POST',
    body: () => ({
      customerId: customerId((written += 1) % ctx.customers),
      typeId: Number(followUp.id),
      channel: 'phone',
      content: '电话沟通了下期课程安排',
      outcome: '约好周六来校面谈',
    }),
  });
  await run(
    `GET /api/plans/briefing (customer with the most records)`,
    as(coordinator, `/api/plans/briefing?customerId=${busiest.customer_id}`),
  );
  for (const days of [30, 365]) {
    const period = `from=${daysBefore(todo.day, days - 1)}&to=${todo.day}`;
    await run(
      `GET /api/work, ${days} days, coordinator's own`,
      as(coordinator, `/api/work?${period}`),
    );
    await run(
      `GET /api/work, ${days} days, manager looking at the coordinator`,
      as(manager, `/api/work?${period}&userId=${ctx.coordinatorId}`),
    );
  }
}
