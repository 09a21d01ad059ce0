import { Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Col } from '../../../../database/columns';
import type { GeneratedFormat } from '../generated-format';
import type { GenerationTrigger } from '../generation-trigger';

/**
 * One report file rendered and kept (a nightly rendering, a schedule's, or one asked for):
 * what was run with which parameters, who or what asked, and the stored file (the file
 * store keeps the bytes, so every replica serves it). The row stays after its file's
 * retention ended, as the record of what was rendered (the list hides it then).
 */
@Entity('generated_report')
// The same rendering is kept once, even when two replicas race past the job lease.
@Unique(['reportKey', 'parameters', 'fingerprint', 'format'])
// The list: newest first, whole or by report.
@Index(['createdAt', 'id'])
@Index(['reportKey', 'createdAt'])
export class GeneratedReport {
  @PrimaryGeneratedColumn() id: number;
  @Col.string(48) reportKey: string;
  /** the parameters as canonical JSON (keys sorted), e.g. `{"classId":12}` */
  @Col.string(400) parameters: string;
  /** SHA-256 of what the data looked like (a class's state) or of the schedule's due time */
  @Col.string(64) fingerprint: string;
  @Col.string(8) format: GeneratedFormat;
  /** the file store's id */
  @Col.string(36) fileId: string;
  /** the name it downloads as */
  @Col.string(200) name: string;
  @Col.int() size: number;
  @Col.string(64) sha256: string;
  /** the user who asked; null for the nightly job and schedules */
  @Col.int({ nullable: true }) requestedById: number | null;
  @Col.string(16) trigger: GenerationTrigger;
  @Col.int({ nullable: true }) scheduleId: number | null;
  /** when the file store deletes the file */
  @Col.datetime() retainUntil: Date;
  @Col.createdAt() createdAt: Date;
}
