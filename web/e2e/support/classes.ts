import { test } from '@playwright/test';
import type { Api } from './api';
import { businessDay, createCustomer, uniqueMobile } from './console-helpers';

/** A class as the API answers it. */
export interface CreatedClass {
  id: number;
  term: number;
  version: number;
  startDate: string;
  endDate: string;
}

let terms = 0;

/**
 * A term number no other class of the run uses (terms are unique per course, 1 to 9999):
 * each worker process of the run counts in its own lane of 50, so two never meet, as random
 * numbers did about once a run. Room for 179 classes per worker process.
 */
export function freshTerm(): number {
  const term = 1000 + (test.info().workerIndex % 50) + 50 * terms;
  terms += 1;
  if (term > 9999) throw new Error('no term numbers left for this worker');
  return term;
}

/** The stage-one course (一阶段 TR1), there from the start. */
export async function stageOne(api: Api): Promise<{ id: number; name: string }> {
  const courses = await api.call<{ id: number; code: string; name: string }[]>(
    'GET',
    '/api/courses',
  );
  return courses.find((course) => course.code === 'TR1')!;
}

/** A TR1 class from `from` to `to` days away, open for enrolment. */
export async function openClass(
  api: Api,
  from: number,
  to: number,
  extra: Record<string, unknown> = {},
): Promise<CreatedClass> {
  const course = await stageOne(api);
  const created = await api.call<CreatedClass>('POST', '/api/classes', {
    courseId: course.id,
    term: freshTerm(),
    startDate: businessDay(from),
    endDate: businessDay(to),
    ...extra, // may name the term
  });
  return api.call<CreatedClass>('PUT', `/api/classes/${created.id}/status`, {
    status: 'enrolling',
    version: created.version,
  });
}

/** An external coach of the kinds given, at the senior level. */
export async function createCoach(
  api: Api,
  name: string,
  kinds: string[] = ['coach', 'assistant'],
): Promise<{ id: number; name: string }> {
  return api.call('POST', '/api/coaches', {
    name,
    mobile: uniqueMobile(),
    kinds,
    levelCode: 'senior',
  });
}

/** New customers enrolled in the class; their enrolments, in the order of the names. */
export async function enrolStudents(
  api: Api,
  classId: number,
  names: string[],
): Promise<{ id: number; customerId: number; name: string }[]> {
  const out = [];
  for (const name of names) {
    const customer = await createCustomer(api, { name });
    const enrolment = await api.call<{ id: number }>('POST', `/api/classes/${classId}/enrolments`, {
      customerId: customer.id,
    });
    out.push({ id: enrolment.id, customerId: customer.id, name });
  }
  return out;
}

/** The stage-one course's fee set to ¥19,800 (by the admin, who keeps the fees). */
export async function priceStageOne(admin: Api): Promise<void> {
  const course = await admin.call<{ id: number; version: number; defaultFeeFen: number }>(
    'GET',
    `/api/courses/${(await stageOne(admin)).id}`,
  );
  if (course.defaultFeeFen === 1_980_000) return;
  await admin.call('PATCH', `/api/courses/${course.id}`, {
    defaultFeeFen: 1_980_000,
    version: course.version,
  });
}
