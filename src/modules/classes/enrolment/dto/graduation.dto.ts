import { IsCalendarDate } from '../../../../common/calendar/is-calendar-date';
import { OptionalField } from '../../../../common/validation/optional-field';

/** A student graduating: the day, the class's last day when left out. */
export class GraduationDto {
  @OptionalField() @IsCalendarDate() date?: string;
}
