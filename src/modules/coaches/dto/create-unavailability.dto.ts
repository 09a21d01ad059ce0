import { IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../../../common/calendar/is-calendar-date';
import { Nullable } from '../../../common/validation/nullable';
import { Trim } from '../../../common/validation/trim';

/** A period a coach cannot serve, both days included. */
export class CreateUnavailabilityDto {
  @IsCalendarDate()
  fromDate: string;

  @IsCalendarDate()
  toDate: string;

  @Nullable()
  @Trim()
  @IsString()
  @MaxLength(200)
  reason?: string | null;
}
