import type { Role } from '../../src/access/role';
import { createCustomer, uniqueMobile } from './customer-factory';
import { TestApp, TestUser, uniqueUsername } from './test-app';
import { Workbook } from 'exceljs';

/** A request whose outcome the matrix reads: supertest's Test, or a promise of its response. */
export type Call = (user: TestUser, role: Role) => PromiseLike<{ status: number }>;

export interface MatrixRow {
  allowed: readonly Role[] | 'public';
  call: Call;
}

/** One module's rows of the role matrix, keyed by route ("METHOD /api/path"). */
export type MatrixRows = Record<string, MatrixRow>;

/**
 * What every module's rows (test/<module>/access.rows.ts) may use: the app, its admin, one
 * signed-in user per role, and the factories the rows share. Built once the app has started.
 */
export interface AccessMatrixContext {
  t: TestApp;
  admin: TestUser;
  users: Record<Role, TestUser>;
  /** A manager of its own, so that the role rows' users keep their daily quota for the rows. */
  managerOwner(): TestUser;
  /** A signed-in user of the role for calls that end or change its session. */
  fresh(role: Role): Promise<TestUser>;
  /** An account to act on, created by the admin (not signed in). */
  target(): Promise<number>;
  version(id: number): Promise<number>;
  /** A fresh customer, owned by the matrix's manager. */
  customer(): Promise<number>;
  /** A one-row (or, with `bad`, a one-bad-row) customer spreadsheet. */
  importFile(bad?: boolean): Promise<Buffer>;
}

export function accessMatrixContext(
  t: TestApp,
  admin: TestUser,
  users: Record<Role, TestUser>,
  owner: TestUser,
): AccessMatrixContext {
  const managerOwner = () => owner;
  return {
    t,
    admin,
    users,
    managerOwner,
    fresh: (role) => t.createUser(role),
    async target() {
      const response = await t
        .post('/api/admin/users', admin.accessToken, {
          username: uniqueUsername('target'),
          displayName: 'Target',
          role: 'coordinator',
          password: 'Target-Password-123',
        })
        .expect(201);
      return response.body.user.id;
    },
    async version(id) {
      return (await t.get(`/api/admin/users/${id}`, admin.accessToken).expect(200)).body.version;
    },
    async customer() {
      return (await createCustomer(t, managerOwner().accessToken)).id;
    },
    async importFile(bad = false) {
      const workbook = new Workbook();
      const sheet = workbook.addWorksheet('客户');
      sheet.addRow(['姓名*', '手机*']);
      sheet.addRow(['矩阵导入', bad ? '12345' : uniqueMobile()]);
      return Buffer.from(await workbook.xlsx.writeBuffer());
    },
  };
}
