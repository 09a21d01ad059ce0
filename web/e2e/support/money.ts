import type { Api } from './api';
import { businessDay } from './console-helpers';

/** A class of its own course, taking enrolments, as the set-up of the money stories makes it. */
export interface OpenClass {
  courseId: number;
  classId: number;
  courseName: string;
}

let made = 0;

/**
 * A new tool course costing `feeFen` (the admin keeps the courses) and a class of it formed
 * by `former` (a coordinator or manager) and opened for enrolment, starting in a month.
 */
export async function openClass(
  admin: Api,
  former: Api,
  courseName: string,
  feeFen: number,
): Promise<OpenClass> {
  made += 1;
  const course = await admin.call<{ id: number }>('POST', '/api/courses', {
    code: `M${Date.now().toString(36).toUpperCase()}${made}`,
    name: courseName,
    defaultFeeFen: feeFen,
  });
  const classId = await openClassOf(former, course.id, 1);
  return { courseId: course.id, classId, courseName };
}

/** A receivable as the API shows it, with its ledger. */
export interface ReceivableBooks {
  paidFen: number;
  outstandingFen: number;
  refundedFen: number;
  status: string;
  entries: { kind: string; amountFen: number; paidAt: string | null }[];
}

/** A class of the course `courseId` with its `term`, formed by `former` and taking enrolments. */
export async function openClassOf(former: Api, courseId: number, term: number): Promise<number> {
  const formed = await former.call<{ id: number; version: number }>('POST', '/api/classes', {
    courseId,
    term,
    startDate: businessDay(30),
    endDate: businessDay(32),
    capacity: 30,
  });
  await former.call('PUT', `/api/classes/${formed.id}/status`, {
    status: 'enrolling',
    version: formed.version,
  });
  return formed.id;
}
