import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Col } from '../../../database/columns';
import type { AttendanceStatus } from '../enrolment/attendance-status';
import { Enrolment } from './enrolment.entity';

/** A student's attendance on one class day (§4.2.5 考勤). */
@Entity('attendance')
@Index(['classId', 'day'])
export class Attendance {
  @Col.intKey() enrolmentId: number;
  /** `YYYY-MM-DD` */
  @Col.dateKey() day: string;
  @ManyToOne(() => Enrolment)
  @JoinColumn({ name: 'enrolment_id' })
  enrolment?: Enrolment;
  @Col.int() classId: number;
  @Col.string(8) status: AttendanceStatus;
  @Col.int({ nullable: true }) markedById: number | null;
  @Col.datetime() markedAt: Date;
}
