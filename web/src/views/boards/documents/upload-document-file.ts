import { api } from '../../../api/client';
import type { components } from '../../../api/schema';
import { unwrap } from '../../../api/unwrap';

type Upload = components['schemas']['DocumentUploadView'];

/**
 * Sends a file to the library's upload (multipart field `file`), as the server expects before
 * a document or a new version claims it; answers the `fileId` to claim it with.
 */
export function uploadDocumentFile(file: File): Promise<Upload> {
  const body = new FormData();
  body.append('file', file);
  return unwrap(
    api.POST('/api/documents/uploads', {
      // multipart: the browser writes the boundary
      body: body as never,
      bodySerializer: () => body,
    }),
  );
}
