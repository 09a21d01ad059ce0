import type { TestApp, TestUser } from '../support/test-app';

const SHANGHAI_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;

/** A campaign as the API shows it (the fields the tests read). */
export interface Campaign {
  id: number;
  status: string;
  recipientCount: number;
  approvalRequired: boolean;
  queuedCount: number;
  skipped: { noMobile: number; optedOut: number; erased: number; alreadySent: number };
  results: Record<'queued' | 'sending' | 'sent' | 'failed' | 'cancelled', number> | null;
}

/** Signs the users in again: moving the clock on expires their access tokens. */
export async function signInAgain(t: TestApp, ...users: TestUser[]): Promise<void> {
  for (const user of users) {
    const login = await t.signIn(user.username, user.password).expect(200);
    user.accessToken = login.body.accessToken;
  }
}

/** Moves the app's clock forward to the next `hour`:00 in Shanghai. */
export function advanceToShanghaiHour(t: TestApp, hour: number): void {
  const localMs = (t.clock.now().getTime() + SHANGHAI_MS) % DAY_MS;
  t.clock.advance((hour * 3600_000 - localMs + DAY_MS) % DAY_MS || DAY_MS);
}

/**
 * The campaign once its queuing (started in the background by the start request) is over:
 * read until it leaves `queuing`. A start made while the previous run was ending is left to
 * the job's next minute, which tests (jobs off) stand in for after a second.
 */
export async function settled(t: TestApp, user: TestUser, id: number): Promise<Campaign> {
  for (let i = 1; i <= 200; i += 1) {
    const campaign = (await t.get(`/api/sms-campaigns/${id}`, user.accessToken).expect(200))
      .body as Campaign;
    if (campaign.status !== 'queuing') return campaign;
    await new Promise((resolve) => setTimeout(resolve, 25));
    if (i % 40 === 0)
      await t.post('/api/admin/jobs/sms-campaign-queue/run', (await t.admin()).accessToken);
  }
  throw new Error(`campaign ${id} still queuing`);
}

/** Runs a job as the admin would and returns its counts. */
export async function runJob(
  t: TestApp,
  admin: TestUser,
  name: string,
): Promise<Record<string, number>> {
  const run = await t.post(`/api/admin/jobs/${name}/run`, admin.accessToken).expect(200);
  return run.body.counts ?? {};
}

/** The outbox's messages of one campaign (by their dedupe keys), as the admin sees them. */
export async function campaignMessages(
  t: TestApp,
  admin: TestUser,
  campaignId: number,
): Promise<{ customerId: number; status: string; phone: string; sendAfter: string }[]> {
  const page = await t
    .get('/api/admin/sms-outbox?purpose=sms-campaign&pageSize=200', admin.accessToken)
    .expect(200);
  return (
    page.body.items as {
      dedupeKey: string;
      customerId: number;
      status: string;
      phone: string;
      sendAfter: string;
    }[]
  ).filter((item) => item.dedupeKey?.startsWith(`sms-campaign:${campaignId}:`));
}
