import type { FullConfig } from '@playwright/test';
import { ADMIN_FIRST_PASSWORD, Api, PASSWORD } from './api';

/** Once per run, before the workers start: the first admin chooses a password. */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0].use.baseURL!;
  const first = await Api.as(baseURL, 'admin', ADMIN_FIRST_PASSWORD);
  await first.call('POST', '/api/auth/password', {
    currentPassword: ADMIN_FIRST_PASSWORD,
    newPassword: PASSWORD,
  });
  await first.dispose();
}
