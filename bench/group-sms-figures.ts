import { ApiClient } from './api-client';
import type { BenchContext } from './bench-context';
import { fixed } from './timing';

/** Recipients the campaign is aimed at: the customers created first, up to this many. */
const AUDIENCE = 50_000;
/** Targets of issue 15: the whole audience queued within this, the server within that. */
const TARGET_MS = 10_000;
const TARGET_MB = 300;
const PASSWORD = 'Bench-Password-2026';
/** the admin's password as run-size.ts starts the server with it */
const ADMIN_PASSWORD = 'Bench-First-Start-1';

interface Campaign {
  id: number;
  status: string;
  recipientCount: number;
  queuedCount: number;
  skipped: Record<string, number>;
}

/**
 * Group SMS: a campaign to the first AUDIENCE customers (the list's createdTo filter), approved
 * by a second manager, then started; timed from the start request until every recipient is in
 * the outbox (the campaign leaves `queuing`), with the server's peak memory meanwhile. Also
 * the time to create it (which counts its recipients) and to preview it.
 */
export async function measureGroupSms(ctx: BenchContext): Promise<void> {
  const { raw, report, server, manager } = ctx;
  const audience = Math.min(AUDIENCE, ctx.customers);
  const [edge] = await raw.query<{ created_at: string | Date }>(
    `SELECT created_at FROM customer ORDER BY created_at, id LIMIT 1 OFFSET ${audience - 1}`,
  );
  const createdTo = new Date(
    (edge.created_at instanceof Date
      ? edge.created_at.getTime()
      : Date.parse(`${String(edge.created_at).replace(' ', 'T')}Z`)) + 1,
  ).toISOString();
  await raw.execute(
    "INSERT INTO sms_template (kind, name, body, version) VALUES ('group', 'bench-group', '{name}您好，{course}将于{startDate}开课，欢迎报名。', 1)",
  );
  const [{ id: templateId }] = await raw.query<{ id: number }>(
    "SELECT id FROM sms_template WHERE name = 'bench-group'",
  );
  await ctx.restart();
  const approver = await secondManager(ctx);
  const idleMb = await server.settledRssMb();
  const created = await server.measurePeak(() =>
    manager.call<Campaign>('POST', '/api/sms-campaigns', {
      name: '基准群发',
      templateId: Number(templateId),
      values: { course: 'TR1 领袖素质管理', startDate: '5月10日' },
      audience: 'customers',
      filter: { createdTo },
    }),
  );
  const campaign = created.result;
  const preview = await server.measurePeak(() =>
    manager.call('GET', `/api/sms-campaigns/${campaign.id}/preview`),
  );
  await manager.call('POST', `/api/sms-campaigns/${campaign.id}/start`, {});
  await approver.call('POST', `/api/sms-campaigns/${campaign.id}/approve`, {});

  const queued = await server.measurePeak(async () => {
    await manager.call('POST', `/api/sms-campaigns/${campaign.id}/start`, {});
    for (;;) {
      const now = await manager.call<Campaign>('GET', `/api/sms-campaigns/${campaign.id}`);
      if (now.status !== 'queuing') return now;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });
  const [{ n: rows }] = await raw.query<{ n: number | string }>(
    'SELECT COUNT(*) AS n FROM sms_message WHERE campaign_id = ?',
    [campaign.id],
  );
  const peakMb = Math.max(created.peakMb, preview.peakMb, queued.peakMb);
  const within = queued.ms <= TARGET_MS && peakMb <= TARGET_MB;
  report.target({
    measurement: `queue a group SMS to ${campaign.recipientCount} customers (start → all in the outbox)`,
    runs: 1,
    p50: queued.ms,
    p99: queued.ms,
    max: queued.ms,
    target: TARGET_MS,
    verdict: within ? 'within target' : 'over target',
    rawMs: null,
    note: `server peak ${fixed(peakMb, 0)} MB (target ${TARGET_MB} MB)`,
  });
  report.note(
    `Group SMS to ${campaign.recipientCount} of ${ctx.customers} customers: created (counting its recipients) in ${fixed(created.ms / 1000)} s, previewed in ${fixed(preview.ms / 1000)} s, queued in ${fixed(queued.ms / 1000)} s (${queued.result.status}, ${queued.result.queuedCount} queued, ${Number(rows)} outbox rows); server peak ${fixed(peakMb, 0)} MB (idle ${fixed(idleMb, 0)} MB), targets ${TARGET_MS / 1000} s and ${TARGET_MB} MB.`,
  );
}

/** A second manager, to approve the campaign (nobody approves their own). */
async function secondManager(ctx: BenchContext): Promise<ApiClient> {
  const admin = new ApiClient(ctx.server.url);
  // The first admin keeps the password the bench server was started with unless it had to change it.
  await admin
    .signIn('admin', ADMIN_PASSWORD, PASSWORD)
    .catch(() => admin.signIn('admin', PASSWORD, PASSWORD));
  await admin.call('POST', '/api/admin/users', {
    username: 'bench.manager2',
    displayName: '经理二',
    role: 'manager',
    password: PASSWORD,
  });
  const approver = new ApiClient(ctx.server.url);
  await approver.signIn('bench.manager2', PASSWORD, `${PASSWORD}x`);
  return approver;
}
