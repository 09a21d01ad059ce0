import { IsCalendarDate } from '../../../common/calendar/is-calendar-date';

/** `GET /api/classes/schedule?from=&to=`: the classes running in a period (both days included). */
export class ScheduleQueryDto {
  /** `YYYY-MM-DD` */
  @IsCalendarDate() from: string;
  /** `YYYY-MM-DD`, at most 92 days after `from` */
  @IsCalendarDate() to: string;
}
