import { IsCalendarDate } from '../../../common/calendar/is-calendar-date';
import { OptionalField } from '../../../common/validation/optional-field';

/** Which business day's receipts to close. */
export class ClosingSheetQueryDto {
  /** `YYYY-MM-DD` in the business time zone; today when left out */
  @OptionalField()
  @IsCalendarDate()
  day?: string;
}
