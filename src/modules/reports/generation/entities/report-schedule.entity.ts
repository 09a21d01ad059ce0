import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../../database/columns';

/**
 * A schedule an admin or a manager defined: a report of the catalogue, its parameters and a
 * cron expression (business time zone); the report-schedules job renders it when it is due.
 */
@Entity('report_schedule')
export class ReportSchedule {
  @PrimaryGeneratedColumn() id: number;
  @Col.string(48) reportKey: string;
  /** the parameters as canonical JSON, checked against the report when saved */
  @Col.string(400) parameters: string;
  /** five fields: minute hour day-of-month month day-of-week */
  @Col.string(64) cron: string;
  @Col.bool({ default: true }) enabled: boolean;
  @Col.int() createdById: number;
  /** the due time of the last rendering; the next is due after it (from createdAt before any) */
  @Col.datetime({ nullable: true }) lastRunAt: Date | null;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
