import type { TestApp } from './test-app';

let courses = 0;
let terms = 0;

/** A course and a class of it, as the API returns them. */
export interface EnrollingClass {
  courseId: number;
  classId: number;
}

/**
 * A class that takes enrolments: of a new tool course with `feeFen` (made by `adminToken`),
 * or of the seeded course `courseId`, formed by `formerToken` and opened for enrolment.
 */
export async function enrollingClass(
  t: TestApp,
  tokens: { admin: string; former: string },
  options: { feeFen?: number; capacity?: number | null; courseId?: number } = {},
): Promise<EnrollingClass> {
  let courseId = options.courseId;
  if (!courseId) {
    courses += 1;
    const course = await t.post('/api/courses', tokens.admin, {
      code: `F${process.pid % 10000}X${courses}`,
      name: `收费测试课程${courses}`,
      defaultFeeFen: options.feeFen ?? 100_000,
    });
    if (course.status !== 201)
      throw new Error(`course: ${course.status} ${JSON.stringify(course.body)}`);
    courseId = course.body.id as number;
  }
  terms += 1;
  const formed = await t.post('/api/classes', tokens.former, {
    courseId,
    term: 500 + terms,
    startDate: '2027-03-06',
    endDate: '2027-03-08',
    capacity: options.capacity === undefined ? 30 : options.capacity,
  });
  if (formed.status !== 201)
    throw new Error(`class: ${formed.status} ${JSON.stringify(formed.body)}`);
  const opened = await t.put(`/api/classes/${formed.body.id}/status`, tokens.former, {
    status: 'enrolling',
    version: formed.body.version,
  });
  if (opened.status !== 200)
    throw new Error(`status: ${opened.status} ${JSON.stringify(opened.body)}`);
  return { courseId, classId: formed.body.id as number };
}

/** The ids of the courses there are, by code: the seeded main line's TR1, TR2 and TA among them. */
export async function courseIdsByCode(t: TestApp, token: string): Promise<Record<string, number>> {
  const courses = await t.get('/api/courses', token).expect(200);
  return Object.fromEntries(
    (courses.body as { code: string; id: number }[]).map((course) => [course.code, course.id]),
  );
}
