/** A file uploaded for a document, waiting a day for POST /api/documents or …/versions. */
export class DocumentUploadView {
  /** what the document or version takes as `fileId` */
  fileId: string;
  name: string;
  size: number;
  /** sniffed from the bytes */
  contentType: string;
}
