import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Col } from '../../../database/columns';
import type { ScriptSituation } from '../script-situation';
import { Script } from './script.entity';

/**
 * One version of a script as it was written (§7): the whole text, who wrote it, when, and
 * which fields changed from the version before. Never changed after it is written.
 */
@Entity('script_version')
@Unique(['scriptId', 'revision'])
// A script's versions, newest first, with the list's tie-breaker: read in order, not sorted.
@Index(['scriptId', 'revision', 'id'])
export class ScriptVersion {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() scriptId: number;
  @ManyToOne(() => Script)
  @JoinColumn({ name: 'script_id' })
  script?: Script;
  @Col.int() revision: number;
  @Col.int({ nullable: true }) courseId: number | null;
  @Col.string(24) situation: ScriptSituation;
  @Col.string(100) title: string;
  @Col.text() body: string;
  @Col.json() tags: string[];
  @Col.bool({ default: false }) forNewStaff: boolean;
  @Col.int({ default: 0 }) readingOrder: number;
  /** the fields that differ from the version before; all of them for the first */
  @Col.json() changes: string[];
  @Col.int() changedById: number;
  @Col.createdAt() changedAt: Date;
}
