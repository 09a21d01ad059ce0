import type { Attendance } from '../entities/attendance.entity';
import type { AttendanceStatus } from './attendance-status';

/** A student's attendance on a class day. */
export class AttendanceView {
  enrolmentId: number;
  day: string;
  status: AttendanceStatus;
  markedById: number | null;
  markedAt: Date;

  static of(row: Attendance): AttendanceView {
    return {
      enrolmentId: row.enrolmentId,
      day: row.day,
      status: row.status,
      markedById: row.markedById,
      markedAt: row.markedAt,
    };
  }
}
