import { IsCalendarDate } from '../../../common/calendar/is-calendar-date';
import { PageQueryDto } from '../../../common/pagination/page-query.dto';
import { OptionalField } from '../../../common/validation/optional-field';

/** Which business day's receipts to close, and which page of its rows (sort `at`, `-at`). */
export class ClosingSheetQueryDto extends PageQueryDto {
  /** `YYYY-MM-DD` in the business time zone; today when left out */
  @OptionalField()
  @IsCalendarDate()
  day?: string;
}
