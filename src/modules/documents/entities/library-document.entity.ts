import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';

/**
 * A document of the library (§1.2 l): its title, description and tags, the roles it is
 * shown to, and its current version. Soft-deleted: `deletedAt` hides it from everyone, the
 * versions and their files stay for the audit history.
 */
@Entity('library_document')
// The list's default order (newest first) within a folder, and over the whole library.
@Index(['folderId', 'id'])
@Index(['deletedAt', 'id'])
export class LibraryDocument {
  @PrimaryGeneratedColumn() id: number;
  /** null: at the top of the library */
  @Col.int({ nullable: true }) folderId: number | null;
  @Col.string(200) title: string;
  @Col.string(2000, { nullable: true }) description: string | null;
  /** `,tag,tag,` (tags hold no comma), so that one tag is found by LIKE on every database */
  @Col.string(420) tags: string;
  /** `,clerk,finance,`, or null when every staff member sees it */
  @Col.string(64, { nullable: true }) visibleRoles: string | null;
  @Col.int() currentVersionId: number;
  @Col.int() versionCount: number;
  @Col.int() createdById: number;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.datetime({ nullable: true }) deletedAt: Date | null;
  @Col.int({ nullable: true }) deletedById: number | null;
  @Col.version() version: number;
}
