import { IsIn } from 'class-validator';
import { IsId } from '../../../../common/validation/is-id';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../attendance-status';

/** One student's attendance on the day. */
export class AttendanceMarkDto {
  @IsId() enrolmentId: number;
  @IsIn(ATTENDANCE_STATUSES) status: AttendanceStatus;
}
