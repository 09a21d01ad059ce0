import type { Download } from '@playwright/test';
import type { Api } from './api';
import { openClass } from './classes';
import { createCustomer } from './console-helpers';

/**
 * A running class of the TR1 course (stage one) with `names` enrolled, made by `api`'s user
 * (a manager): what the stage-one report is about. Its term is its own, so the two projects'
 * classes (and their report files) tell themselves apart.
 */
export async function runningStageOneClass(
  api: Api,
  names: string[],
): Promise<{ classId: number; term: number }> {
  const formed = await openClass(api, 0, 0, {
    startDate: '2026-12-01',
    endDate: '2026-12-03',
    capacity: 30,
  });
  for (const name of names) {
    const student = await createCustomer(api, { name, category: 'student' });
    await api.call('POST', `/api/classes/${formed.id}/enrolments`, { customerId: student.id });
  }
  const enrolling = await api.call<{ version: number }>('GET', `/api/classes/${formed.id}`);
  await api.call('PUT', `/api/classes/${formed.id}/status`, {
    status: 'running',
    version: enrolling.version,
  });
  return { classId: formed.id, term: formed.term };
}

/** The bytes of a file the browser downloaded. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
