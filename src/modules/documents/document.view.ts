import type { Role } from '../../access/role';
import { DocumentVersionView } from './document-version.view';

/** A document of the library as its readers see it, with its current version. */
export class DocumentView {
  id: number;
  /** null: at the top of the library */
  folderId: number | null;
  title: string;
  description: string | null;
  tags: string[];
  /** the roles it is shown to; null: every staff member */
  visibleRoles: Role[] | null;
  current: DocumentVersionView;
  versionCount: number;
  createdById: number;
  /** whether you may change, version or delete it (its uploader, or a manager) */
  mayChange: boolean;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}
