import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '../../../../common/calendar/is-calendar-date';
import { AttendanceMarkDto } from './attendance-mark.dto';

/** A class day's attendance, for some or all of its students at once. */
export class AttendanceDto {
  /** `YYYY-MM-DD`, a day of the class */
  @IsCalendarDate() day: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AttendanceMarkDto)
  marks: AttendanceMarkDto[];
}
