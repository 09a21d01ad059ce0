import { Matches } from 'class-validator';
import { DICTIONARY_CODE_PATTERN } from '../../dictionary/dictionary-type';
import { CARE_DAY } from './care-day';

export class CreateHolidayDateDto {
  /** a holiday code of the dictionary (GET /api/dictionary/holiday) */
  @Matches(DICTIONARY_CODE_PATTERN, { message: 'validation.rules.holidayCode' })
  holidayCode: string;

  /**
   * `YYYY-MM-DD`. For a holiday with a built-in rule (new_year … national_day) the dates
   * entered for a year replace the rule in that year.
   */
  @Matches(CARE_DAY, { message: 'validation.rules.date' })
  date: string;
}
