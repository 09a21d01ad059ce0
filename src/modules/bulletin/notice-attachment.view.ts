/**
 * A document attached to a notice, as the reader may see it; downloaded through the document
 * library (`GET /api/documents/:id/download`), which checks and audits the download.
 */
export class NoticeAttachmentView {
  /** the document's id in the library */
  id: number;
  title: string;
  /** the current version's file name */
  fileName: string;
  /** bytes */
  size: number;
  contentType: string;
}
