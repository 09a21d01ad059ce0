/** A row the import refused, and why. */
export class ImportRowErrorView {
  /** the row's number in the file */
  row: number;
  reasons: string[];
}

/** A dry run (`dryRun=true`): the file was checked, nothing stored. */
export class ImportCheckedView {
  dryRun: true;
  total: number;
  valid: number;
  invalid: number;
  /** at most the first 1,000 */
  errors: ImportRowErrorView[];
  errorsTruncated: boolean;
}

/** An import done: the good rows stored, the refused ones in a file to download. */
export class ImportDoneView {
  dryRun: false;
  total: number;
  imported: number;
  rejected: number;
  /** for `GET /api/customers/import/rejected/{fileId}`; null when no row was refused */
  rejectedFileId: string | null;
}
