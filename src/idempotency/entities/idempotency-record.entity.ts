import { Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Col } from '../../database/columns';

/**
 * A request made under an Idempotency-Key, and its answer: a retry with the same key and body
 * gets this answer again instead of doing the work twice. `statusCode` is null while the
 * answer is not stored (the work committed, the answer is on its way or was lost).
 */
@Entity('idempotency_record')
@Unique(['userId', 'idempotencyKey'])
@Index(['createdAt'])
export class IdempotencyRecord {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() userId: number;
  @Col.string(255) idempotencyKey: string;
  /** SHA-256 of method, path and body: the same key with another request is refused */
  @Col.string(64) fingerprint: string;
  @Col.int({ nullable: true }) statusCode: number | null;
  /** the answer's JSON body */
  @Col.text({ nullable: true }) responseBody: string | null;
  @Col.datetime() createdAt: Date;
}
