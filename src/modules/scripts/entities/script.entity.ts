import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import { Course } from '../../classes/entities/course.entity';
import type { ScriptSituation } from '../script-situation';

/**
 * A talk script of the library (常用术语集, §7) as it reads now: its latest revision. Every
 * edit also writes a ScriptVersion, so what it said before stays readable. Deleting marks it
 * deleted (kept for the audit history and its versions), never removes it.
 */
@Entity('script')
// The list's default order, newest change first.
@Index(['updatedAt', 'id'])
// A course's scripts and its reading list for new staff, in reading order.
@Index(['courseId', 'forNewStaff', 'readingOrder', 'id'])
// The general scripts' reading list (no course): PostgreSQL does not take `course_id IS NULL`
// as an equality, so the index above would leave it sorting them.
@Index(['forNewStaff', 'readingOrder', 'id'], { where: 'course_id IS NULL' })
export class Script {
  @PrimaryGeneratedColumn() id: number;
  /** the course it is about; null for a script of no one course */
  @Col.int({ nullable: true }) courseId: number | null;
  @ManyToOne(() => Course)
  @JoinColumn({ name: 'course_id' })
  course?: Course | null;
  @Col.string(24) situation: ScriptSituation;
  @Col.string(100) title: string;
  /** plain text or Markdown, kept and shown as text */
  @Col.text() body: string;
  @Col.json() tags: string[];
  /** on the reading list of new staff for its course, at `readingOrder` */
  @Col.bool({ default: false }) forNewStaff: boolean;
  @Col.int({ default: 0 }) readingOrder: number;
  /** the number of the latest version (1 when written, one more with each edit) */
  @Col.int() revision: number;
  @Col.int() createdById: number;
  @Col.int() updatedById: number;
  @Col.datetime({ nullable: true }) deletedAt: Date | null;
  @Col.int({ nullable: true }) deletedById: number | null;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
