import { IsCalendarDate } from '../../../common/calendar/is-calendar-date';
import { IsFen } from '../../../common/money/is-fen';

/** One instalment of a payment plan. */
export class InstalmentDto {
  /** `YYYY-MM-DD`, after the one before */
  @IsCalendarDate() dueDate: string;
  /** in fen, at least 1 */
  @IsFen({ min: 1 }) amountFen: number;
}
