import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../columns';

/**
 * The lease of one scheduled job (DESIGN.md §3, §8). With several replicas only the holder of
 * an unexpired lease runs the job; the row exists from the job's first start on.
 */
@Entity('job_lock')
export class JobLock {
  @PrimaryGeneratedColumn() id: number;
  /** the job's name, e.g. `sms-dispatch` */
  @Col.string(64, { unique: true }) name: string;
  /** the process holding the lease (host, pid, random), null when free */
  @Col.string(128, { nullable: true }) holder: string | null;
  @Col.datetime({ nullable: true }) leaseUntil: Date | null;
  @Col.datetime({ nullable: true }) acquiredAt: Date | null;
  @Col.createdAt() createdAt: Date;
}
