import { join } from 'node:path';
import Fastify from 'fastify';
import { PostgresBenchDatabase } from './postgres-bench-database';
import type { BenchDatabase } from './raw-database';
import { DETAIL_SQL, listQuery } from './raw-queries';
import { SqliteBenchDatabase } from './sqlite-bench-database';

/**
 * The ceiling: the customer list page and detail as a bare Fastify server on the driver
 * answers them — same SQL, same JSON size, totals kept five seconds as the API keeps them —
 * with nothing else (no authentication, quota, audit, validation or ORM). Started by the
 * benchmark in a process of its own with the server's DB_* and PORT variables.
 */
const TOTAL_MS = 5000;

function database(): BenchDatabase {
  if (process.env.DB_TYPE === 'postgres')
    return new PostgresBenchDatabase(process.env.DB_NAME ?? 'crm_bench', 10);
  return new SqliteBenchDatabase(join(process.env.DB_PATH ?? 'data/bench/crm.sqlite'));
}

function masked(mobile: unknown): string {
  const text = String(mobile);
  return `${text.slice(0, 3)}****${text.slice(7)}`;
}

async function main(): Promise<void> {
  const db = await database().open();
  const totals = new Map<string, { n: number; at: number }>();
  const app = Fastify({ logger: false });

  app.get('/api/health', async () => ({ status: 'ok' }));

  app.get<{ Querystring: { q?: string } }>('/api/customers', async (request) => {
    const q = request.query.q ?? '';
    const query = listQuery(q);
    const cached = totals.get(q);
    const [rows, total] = await Promise.all([
      db.query<Record<string, unknown>>(query.page, query.params),
      cached && Date.now() - cached.at < TOTAL_MS
        ? cached.n
        : db.query<{ n: number | string }>(query.count, query.params).then(([row]) => {
            const n = Number(row.n);
            totals.set(q, { n, at: Date.now() });
            return n;
          }),
    ]);
    const items = rows.map(({ owner_id, owner_name, ...row }) => ({
      ...row,
      mobile: masked(row.mobile),
      owner: owner_id === null ? null : { id: owner_id, name: owner_name },
    }));
    return { items, total, page: 1, pageSize: 20 };
  });

  app.get<{ Params: { id: string } }>('/api/customers/:id', async (request, reply) => {
    const [row] = await db.query<Record<string, unknown>>(DETAIL_SQL, [Number(request.params.id)]);
    if (!row) return reply.code(404).send({ code: 'NOT_FOUND' });
    return { ...row, mobile: masked(row.mobile) };
  });

  await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
  process.once('SIGTERM', () => {
    void app.close().then(() => db.close());
  });
}

main().catch((error: Error) => {
  console.error(`bare server failed: ${error.message}`);
  process.exit(1);
});
