import { IsCalendarDate } from '../../../../common/calendar/is-calendar-date';

/** Which class day's attendance to read. */
export class AttendanceQueryDto {
  @IsCalendarDate() day: string;
}
