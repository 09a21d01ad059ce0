import type { Role } from '../../src/access/role';
import type { AccessMatrixContext, MatrixRows } from '../support/access-matrix-context';
import { PDF, createDocument, download, uploadFile } from '../support/document-factory';
import type { TestUser } from '../support/test-app';

const EVERYONE: readonly Role[] = ['admin', 'clerk', 'coordinator', 'finance', 'manager'];
const UPLOADERS: readonly Role[] = ['admin', 'clerk', 'manager'];
let folders = 0;

/**
 * The document library's rows of the role matrix: every role reads and downloads what is
 * shown to it; admins, clerks and managers upload, keep folders and change their own
 * documents (a role that may not gets 403 from the guard before any record is looked at).
 */
export function documentsAccessRows(ctx: AccessMatrixContext): MatrixRows {
  const { t, admin } = ctx;
  const folderName = () => {
    folders += 1;
    return `矩阵文件夹 ${process.pid}-${folders}`;
  };
  /** A document shown to all staff: the user's own when its role uploads, else the admin's. */
  const document = (user: TestUser, role: Role) =>
    createDocument(t, UPLOADERS.includes(role) ? user : admin);
  const folder = async () =>
    (await t.post('/api/documents/folders', admin.accessToken, { name: folderName() }).expect(201))
      .body as { id: number; version: number };
  const remove = (path: string, user: TestUser) =>
    t.http().delete(path).set('Authorization', `Bearer ${user.accessToken}`);

  return {
    'GET /api/documents': {
      allowed: EVERYONE,
      call: (user) => t.get('/api/documents', user.accessToken),
    },
    'POST /api/documents/uploads': {
      allowed: UPLOADERS,
      call: (user) => uploadFile(t, user, PDF),
    },
    'POST /api/documents': {
      allowed: UPLOADERS,
      call: async (user, role) => {
        const upload = await uploadFile(t, UPLOADERS.includes(role) ? user : admin).expect(201);
        return t.post('/api/documents', user.accessToken, { fileId: upload.body.fileId });
      },
    },
    'GET /api/documents/:id': {
      allowed: EVERYONE,
      call: async (user, role) =>
        t.get(`/api/documents/${(await document(user, role)).id}`, user.accessToken),
    },
    'PATCH /api/documents/:id': {
      allowed: UPLOADERS,
      call: async (user, role) => {
        const { id, version } = await document(user, role);
        return t.patch(`/api/documents/${id}`, user.accessToken, { title: '改名', version });
      },
    },
    'DELETE /api/documents/:id': {
      allowed: UPLOADERS,
      call: async (user, role) => remove(`/api/documents/${(await document(user, role)).id}`, user),
    },
    'GET /api/documents/:id/versions': {
      allowed: EVERYONE,
      call: async (user, role) =>
        t.get(`/api/documents/${(await document(user, role)).id}/versions`, user.accessToken),
    },
    'POST /api/documents/:id/versions': {
      allowed: UPLOADERS,
      call: async (user, role) => {
        const owner = UPLOADERS.includes(role) ? user : admin;
        const { id } = await document(user, role);
        const upload = await uploadFile(t, owner).expect(201);
        return t.post(`/api/documents/${id}/versions`, user.accessToken, {
          fileId: upload.body.fileId,
        });
      },
    },
    'GET /api/documents/:id/download': {
      allowed: EVERYONE,
      call: async (user, role) =>
        download(t, user, `/api/documents/${(await document(user, role)).id}/download`),
    },
    'GET /api/documents/:id/versions/:versionId/download': {
      allowed: EVERYONE,
      call: async (user, role) => {
        const { id, current } = await document(user, role);
        return download(t, user, `/api/documents/${id}/versions/${current.id}/download`);
      },
    },
    'GET /api/documents/folders': {
      allowed: EVERYONE,
      call: (user) => t.get('/api/documents/folders', user.accessToken),
    },
    'POST /api/documents/folders': {
      allowed: UPLOADERS,
      call: (user) => t.post('/api/documents/folders', user.accessToken, { name: folderName() }),
    },
    'PATCH /api/documents/folders/:id': {
      allowed: UPLOADERS,
      call: async (user) => {
        const { id, version } = await folder();
        return t.patch(`/api/documents/folders/${id}`, user.accessToken, {
          name: folderName(),
          version,
        });
      },
    },
    'DELETE /api/documents/folders/:id': {
      allowed: UPLOADERS,
      call: async (user) => remove(`/api/documents/folders/${(await folder()).id}`, user),
    },
  };
}
