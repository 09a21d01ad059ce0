import type { Role } from '../../src/access/role';
import { ROLES } from '../../src/access/role';
import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';
import { enrollingClass } from '../support/class-factory';
import { uniqueMobile } from '../support/customer-factory';

const ALL = ROLES;
const CLASS_WRITERS: readonly Role[] = ['coordinator', 'manager'];
const COACH_READERS: readonly Role[] = ['clerk', 'coordinator', 'finance', 'manager'];

/**
 * The courses', classes' and coaches' rows of the role matrix: everyone reads courses and
 * classes, admins write courses, coordinators and managers form and change classes and keep
 * the coaches, whom all staff but the admin see.
 */
export function classesAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t, admin, managerOwner } = ctx;
  let terms = 0;

  /** A tool course nobody used, made by the admin. */
  async function toolCourse(): Promise<{ id: number; version: number }> {
    const created = await t
      .post('/api/courses', admin.accessToken, { code: `M${uniqueMobile()}`, name: '矩阵课程' })
      .expect(201);
    return created.body;
  }

  /** An external coach who can serve as anything, registered by the matrix's manager. */
  async function coach(): Promise<{ id: number; version: number }> {
    const created = await t
      .post('/api/coaches', managerOwner().accessToken, {
        name: '矩阵教练',
        mobile: uniqueMobile(),
        kinds: ['assistant', 'coach'],
        levelCode: 'junior',
      })
      .expect(201);
    return created.body;
  }

  /** A class in planning, formed by the matrix's manager. */
  async function trainingClass(): Promise<{ id: number; version: number }> {
    terms += 1;
    const created = await t
      .post('/api/classes', managerOwner().accessToken, {
        courseId: (await toolCourse()).id,
        term: terms,
        startDate: '2027-09-04',
        endDate: '2027-09-06',
      })
      .expect(201);
    return created.body;
  }

  const classTokens = () => ({ admin: admin.accessToken, former: managerOwner().accessToken });

  /** A student enrolled by the matrix's manager in a new class of a new course. */
  async function enrolment() {
    const { classId, courseId } = await enrollingClass(t, classTokens());
    const created = await t
      .post(`/api/classes/${classId}/enrolments`, managerOwner().accessToken, {
        customerId: await ctx.customer(),
      })
      .expect(201);
    return {
      id: created.body.id as number,
      version: created.body.version as number,
      classId,
      courseId,
    };
  }

  return {
    'GET /api/courses': { allowed: ALL, call: (user) => t.get('/api/courses', user.accessToken) },
    'GET /api/courses/:id': {
      allowed: ALL,
      call: async (user) => t.get(`/api/courses/${(await toolCourse()).id}`, user.accessToken),
    },
    'POST /api/courses': {
      allowed: ['admin'],
      call: (user) =>
        t.post('/api/courses', user.accessToken, { code: `M${uniqueMobile()}`, name: '矩阵课程' }),
    },
    'PATCH /api/courses/:id': {
      allowed: ['admin'],
      call: async (user) => {
        const course = await toolCourse();
        return t.patch(`/api/courses/${course.id}`, user.accessToken, {
          name: '矩阵改名',
          version: course.version,
        });
      },
    },
    'DELETE /api/courses/:id': {
      allowed: ['admin'],
      call: async (user) =>
        t
          .http()
          .delete(`/api/courses/${(await toolCourse()).id}`)
          .set('Authorization', `Bearer ${user.accessToken}`),
    },
    'GET /api/classes': { allowed: ALL, call: (user) => t.get('/api/classes', user.accessToken) },
    'GET /api/classes/:id': {
      allowed: ALL,
      call: async (user) => t.get(`/api/classes/${(await trainingClass()).id}`, user.accessToken),
    },
    'POST /api/classes': {
      allowed: CLASS_WRITERS,
      call: async (user) => {
        terms += 1;
        return t.post('/api/classes', user.accessToken, {
          courseId: (await toolCourse()).id,
          term: terms,
          startDate: '2027-09-04',
          endDate: '2027-09-06',
        });
      },
    },
    'PATCH /api/classes/:id': {
      allowed: CLASS_WRITERS,
      call: async (user) => {
        const row = await trainingClass();
        return t.patch(`/api/classes/${row.id}`, user.accessToken, {
          capacity: 30,
          version: row.version,
        });
      },
    },
    'PUT /api/classes/:id/staff': {
      allowed: CLASS_WRITERS,
      call: async (user) => {
        const row = await trainingClass();
        return t.put(`/api/classes/${row.id}/staff`, user.accessToken, {
          headCoachId: (await coach()).id,
          members: [],
          version: row.version,
        });
      },
    },
    'PUT /api/classes/:id/groups': {
      allowed: CLASS_WRITERS,
      call: async (user) => {
        const row = await trainingClass();
        return t.put(`/api/classes/${row.id}/groups`, user.accessToken, {
          groups: [{ name: '第一组' }],
          version: row.version,
        });
      },
    },
    'GET /api/classes/schedule': {
      allowed: ALL,
      call: (user) =>
        t.get('/api/classes/schedule?from=2027-09-01&to=2027-09-30', user.accessToken),
    },
    'GET /api/classes/:id/enrolments': {
      allowed: COACH_READERS,
      call: async (user) =>
        t.get(`/api/classes/${(await trainingClass()).id}/enrolments`, user.accessToken),
    },
    'POST /api/classes/:id/enrolments': {
      allowed: CLASS_WRITERS,
      call: async (user) => {
        const { classId } = await enrollingClass(t, classTokens());
        return t.post(`/api/classes/${classId}/enrolments`, user.accessToken, {
          customerId: await ctx.customer(),
        });
      },
    },
    'GET /api/enrolments/:id': {
      allowed: COACH_READERS,
      call: async (user) => t.get(`/api/enrolments/${(await enrolment()).id}`, user.accessToken),
    },
    'PATCH /api/enrolments/:id': {
      allowed: CLASS_WRITERS,
      call: async (user) => {
        const row = await enrolment();
        return t.patch(`/api/enrolments/${row.id}`, user.accessToken, {
          notes: '矩阵备注',
          version: row.version,
        });
      },
    },
    'POST /api/enrolments/:id/dropout': {
      allowed: CLASS_WRITERS,
      call: async (user) =>
        t.post(`/api/enrolments/${(await enrolment()).id}/dropout`, user.accessToken, {
          date: '2027-03-06',
          reasonCode: 'work',
        }),
    },
    'POST /api/enrolments/:id/rejoin': {
      allowed: CLASS_WRITERS,
      call: async (user) => {
        const row = await enrolment();
        await t
          .post(`/api/enrolments/${row.id}/dropout`, managerOwner().accessToken, {
            date: '2027-03-06',
            reasonCode: 'work',
          })
          .expect(200);
        return t.post(`/api/enrolments/${row.id}/rejoin`, user.accessToken, {});
      },
    },
    'POST /api/enrolments/:id/transfer': {
      allowed: CLASS_WRITERS,
      call: async (user) => {
        const row = await enrolment();
        const other = await enrollingClass(t, classTokens(), { courseId: row.courseId });
        return t.post(`/api/enrolments/${row.id}/transfer`, user.accessToken, {
          classId: other.classId,
        });
      },
    },
    'POST /api/enrolments/:id/graduate': {
      allowed: CLASS_WRITERS,
      call: async (user) =>
        t.post(`/api/enrolments/${(await enrolment()).id}/graduate`, user.accessToken, {}),
    },
    'GET /api/classes/:id/attendance': {
      allowed: COACH_READERS,
      call: async (user) =>
        t.get(
          `/api/classes/${(await enrolment()).classId}/attendance?day=2027-03-06`,
          user.accessToken,
        ),
    },
    'PUT /api/classes/:id/attendance': {
      allowed: CLASS_WRITERS,
      call: async (user) => {
        const row = await enrolment();
        return t.put(`/api/classes/${row.classId}/attendance`, user.accessToken, {
          day: '2027-03-06',
          marks: [{ enrolmentId: row.id, status: 'present' }],
        });
      },
    },
    'POST /api/classes/schedule/feed': {
      allowed: ALL,
      call: (user) => t.post('/api/classes/schedule/feed', user.accessToken),
    },
    'DELETE /api/classes/schedule/feed': {
      allowed: ALL,
      call: (user) =>
        t
          .http()
          .delete('/api/classes/schedule/feed')
          .set('Authorization', `Bearer ${user.accessToken}`),
    },
    'GET /api/classes/schedule.ics': {
      allowed: 'public',
      call: async (_user, role) => {
        const own = await ctx.fresh(role);
        const feed = await t.post('/api/classes/schedule/feed', own.accessToken).expect(201);
        return t.get(feed.body.path);
      },
    },
    'GET /api/coaches': {
      allowed: COACH_READERS,
      call: (user) => t.get('/api/coaches', user.accessToken),
    },
    'GET /api/coaches/available': {
      allowed: COACH_READERS,
      call: (user) =>
        t.get('/api/coaches/available?from=2027-09-01&to=2027-09-07', user.accessToken),
    },
    'GET /api/coaches/:id': {
      allowed: COACH_READERS,
      call: async (user) => t.get(`/api/coaches/${(await coach()).id}`, user.accessToken),
    },
    'POST /api/coaches': {
      allowed: CLASS_WRITERS,
      call: (user) =>
        t.post('/api/coaches', user.accessToken, {
          name: '矩阵教练',
          mobile: uniqueMobile(),
          kinds: ['assistant'],
          levelCode: 'junior',
        }),
    },
    'PATCH /api/coaches/:id': {
      allowed: CLASS_WRITERS,
      call: async (user) => {
        const row = await coach();
        return t.patch(`/api/coaches/${row.id}`, user.accessToken, {
          notes: '矩阵',
          version: row.version,
        });
      },
    },
    'GET /api/coaches/:id/unavailability': {
      allowed: COACH_READERS,
      call: async (user) =>
        t.get(`/api/coaches/${(await coach()).id}/unavailability`, user.accessToken),
    },
    'POST /api/coaches/:id/unavailability': {
      allowed: CLASS_WRITERS,
      call: async (user) =>
        t.post(`/api/coaches/${(await coach()).id}/unavailability`, user.accessToken, {
          fromDate: '2027-09-01',
          toDate: '2027-09-02',
        }),
    },
    'DELETE /api/coaches/:id/unavailability/:periodId': {
      allowed: CLASS_WRITERS,
      call: async (user) => {
        const row = await coach();
        const period = await t
          .post(`/api/coaches/${row.id}/unavailability`, managerOwner().accessToken, {
            fromDate: '2027-09-01',
            toDate: '2027-09-02',
          })
          .expect(201);
        return t
          .http()
          .delete(`/api/coaches/${row.id}/unavailability/${period.body.id}`)
          .set('Authorization', `Bearer ${user.accessToken}`);
      },
    },
    'PUT /api/classes/:id/status': {
      allowed: CLASS_WRITERS,
      call: async (user) => {
        const row = await trainingClass();
        return t.put(`/api/classes/${row.id}/status`, user.accessToken, {
          status: 'enrolling',
          version: row.version,
        });
      },
    },
  };
}
