import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';
import { uniqueMobile } from '../support/customer-factory';

/**
 * Customer care's rows of the role matrix: the staff who care for customers see the queued
 * greetings; admins keep the templates and dates.
 */
export function careAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t, admin } = ctx;

  /** A new holiday of the dictionary (care templates and dates are per holiday code). */
  async function holidayCode(): Promise<string> {
    const code = `m${uniqueMobile()}`;
    await t
      .post('/api/admin/dictionary/holiday', admin.accessToken, { code, label: '矩阵节日' })
      .expect(201);
    return code;
  }

  /** A care template of a new holiday. */
  async function careTemplate(): Promise<{ id: number; version: number }> {
    const holiday = await holidayCode();
    return (
      await t
        .post('/api/admin/care/templates', admin.accessToken, {
          occasion: 'holiday',
          holidayCode: holiday,
          body: '{name}，{occasion}快乐',
        })
        .expect(201)
    ).body;
  }

  return {
    'GET /api/care/upcoming': {
      allowed: ['clerk', 'coordinator', 'manager'],
      call: (user) => t.get('/api/care/upcoming', user.accessToken),
    },
    'GET /api/admin/care/templates': {
      allowed: ['admin'],
      call: (user) => t.get('/api/admin/care/templates', user.accessToken),
    },
    'POST /api/admin/care/templates': {
      allowed: ['admin'],
      call: async (user) =>
        t.post('/api/admin/care/templates', user.accessToken, {
          occasion: 'holiday',
          holidayCode: await holidayCode(),
          body: '{name}，节日快乐',
        }),
    },
    'PATCH /api/admin/care/templates/:id': {
      allowed: ['admin'],
      call: async (user) => {
        const template = await careTemplate();
        return t.patch(`/api/admin/care/templates/${template.id}`, user.accessToken, {
          version: template.version,
          body: '{name}，{date}快乐',
        });
      },
    },
    'GET /api/admin/care/holiday-dates': {
      allowed: ['admin'],
      call: (user) => t.get('/api/admin/care/holiday-dates?year=2026', user.accessToken),
    },
    'POST /api/admin/care/holiday-dates': {
      allowed: ['admin'],
      call: async (user) =>
        t.post('/api/admin/care/holiday-dates', user.accessToken, {
          holidayCode: await holidayCode(),
          date: '2026-07-01',
        }),
    },
    'DELETE /api/admin/care/holiday-dates/:id': {
      allowed: ['admin'],
      call: async (user) => {
        const created = await t
          .post('/api/admin/care/holiday-dates', admin.accessToken, {
            holidayCode: await holidayCode(),
            date: '2026-07-01',
          })
          .expect(201);
        return t
          .http()
          .delete(`/api/admin/care/holiday-dates/${created.body.id}`)
          .set('Authorization', `Bearer ${user.accessToken}`);
      },
    },
  };
}
