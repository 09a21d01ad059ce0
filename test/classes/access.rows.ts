import type { Role } from '../../src/access/role';
import { ROLES } from '../../src/access/role';
import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';
import { uniqueMobile } from '../support/customer-factory';

const ALL = ROLES;
const CLASS_WRITERS: readonly Role[] = ['coordinator', 'manager'];

/**
 * The courses' and classes' rows of the role matrix: everyone reads courses and classes,
 * admins write courses, coordinators and managers form and change classes.
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
