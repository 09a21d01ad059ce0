import type { Role } from '../../src/access/role';
import { ROLES } from '../../src/access/role';
import { bulletinAccessRows } from '../bulletin/access.rows';
import { careAccessRows } from '../care/access.rows';
import { classesAccessRows } from '../classes/access.rows';
import { financeAccessRows } from '../finance/access.rows';
import { reportsAccessRows } from '../reports/access.rows';
import { scriptsAccessRows } from '../scripts/access.rows';
import { groupSmsAccessRows } from '../group-sms/access.rows';
import { customersAccessRows } from '../customers/access.rows';
import { dictionaryAccessRows } from '../dictionary/access.rows';
import { documentsAccessRows } from '../documents/access.rows';
import { interactionsAccessRows } from '../interactions/access.rows';
import { jobsAccessRows } from '../jobs/access.rows';
import { notificationsAccessRows } from '../notifications/access.rows';
import { smsAccessRows } from '../sms/access.rows';
import {
  AccessMatrixContext,
  MatrixRows,
  accessMatrixContext,
} from '../support/access-matrix-context';
import { walkRoutes } from '../support/route-walk';
import { TestApp, TestUser } from '../support/test-app';
import { platformAccessRows } from './access.rows';

/**
 * Each module keeps its rows beside its tests (test/<module>/access.rows.ts); this spec gathers
 * them, in this order (the rows run in it), and walks the routes once for all of them.
 */
const MODULE_ROWS: readonly ((ctx: AccessMatrixContext) => MatrixRows)[] = [
  platformAccessRows,
  jobsAccessRows,
  notificationsAccessRows,
  dictionaryAccessRows,
  customersAccessRows,
  interactionsAccessRows,
  careAccessRows,
  classesAccessRows,
  financeAccessRows,
  reportsAccessRows,
  groupSmsAccessRows,
  smsAccessRows,
  documentsAccessRows,
  scriptsAccessRows,
  bulletinAccessRows,
];

/** Every module's rows in one matrix; a route claimed by two modules is a mistake, not an override. */
function gatherRows(ctx: AccessMatrixContext): MatrixRows {
  const matrix: MatrixRows = {};
  for (const rowsOf of MODULE_ROWS)
    for (const [key, row] of Object.entries(rowsOf(ctx))) {
      if (key in matrix) throw new Error(`Two modules have a matrix row for ${key}`);
      matrix[key] = row;
    }
  return matrix;
}

describe('access control', () => {
  let t: TestApp;
  let admin: TestUser;
  const users = {} as Record<Role, TestUser>;
  /** What each role may do with each route: 2xx for the allowed, 403 for the others. */
  let matrix: MatrixRows;

  beforeAll(async () => {
    t = await TestApp.start();
    admin = await t.admin();
    for (const role of ROLES) users[role] = await t.createUser(role);
    // A manager of its own, so that the role rows' users keep their daily quota for the rows.
    const owner = await t.createUser('manager');
    matrix = gatherRows(accessMatrixContext(t, admin, users, owner));
  });
  afterAll(() => t.close());

  describe('route walk', () => {
    it('finds every route either public or guarded by a declared policy', () => {
      const routes = walkRoutes(t.app);
      expect(routes.length).toBeGreaterThan(20);
      const undeclared = routes.filter((route) => !route.policy).map((route) => route.handler);
      expect(undeclared).toEqual([]);
    });

    it('finds every write route audited by the interceptor or its service', () => {
      const unaudited = walkRoutes(t.app)
        .filter((route) => route.method !== 'GET' && !route.audit)
        .map((route) => route.handler);
      expect(unaudited).toEqual([]);
    });

    it('finds every admin route declared with @AdminController and guarded by an ability', () => {
      const underAdmin = (path: string) => path.startsWith('/api/admin/');
      const stray = walkRoutes(t.app)
        .filter((route) => underAdmin(route.path) || route.admin)
        .filter(
          (route) => !(underAdmin(route.path) && route.admin && route.policy?.kind === 'ability'),
        )
        .map((route) => route.handler);
      expect(stray).toEqual([]);
    });

    it('has a row in the role matrix for every route, and no row for a route that is gone', () => {
      expect(walkRoutes(t.app).map((route) => route.key)).toEqual(
        Object.keys(matrix).sort((a, b) => a.localeCompare(b)),
      );
    });

    it('answers 401 without a token on every route that is not public', async () => {
      for (const route of walkRoutes(t.app).filter((r) => r.policy?.kind !== 'public')) {
        const path = route.path.replace(':id', '1').replace(':role', 'clerk');
        const response = await t.http()[route.method.toLowerCase() as 'get'](path);
        expect([route.key, response.status]).toEqual([route.key, 401]);
      }
    });
  });

  describe('role matrix', () => {
    for (const role of ROLES) {
      it(`${role}: 2xx where allowed, 403 elsewhere`, async () => {
        const outcomes: string[] = [];
        const expected: string[] = [];
        for (const [key, row] of Object.entries(matrix)) {
          const allowed = row.allowed === 'public' || row.allowed.includes(role);
          const response = await row.call(users[role], role);
          const status = response.status;
          outcomes.push(`${key} -> ${status >= 200 && status < 300 ? '2xx' : status}`);
          expected.push(`${key} -> ${allowed ? '2xx' : 403}`);
        }
        expect(outcomes).toEqual(expected);
      });
    }
  });
});
