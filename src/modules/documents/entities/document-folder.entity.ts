import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';

/**
 * A folder of the document library: nested under another (null: at the top) to at most
 * MAX_FOLDER_DEPTH levels, deleted only when it holds nothing. Its name is unique among its
 * siblings (checked by the service: a unique index cannot span a nullable parent portably).
 */
@Entity('document_folder')
@Index(['parentId', 'name', 'id'])
// The top level's order: PostgreSQL does not take `parent_id IS NULL` as an equality, so the
// index above would leave it sorting the top folders by name.
@Index(['name', 'id'], { where: 'parent_id IS NULL' })
export class DocumentFolder {
  @PrimaryGeneratedColumn() id: number;
  @Col.int({ nullable: true }) parentId: number | null;
  @Col.string(100) name: string;
  /** 1 at the top */
  @Col.int() depth: number;
  @Col.int() createdById: number;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
