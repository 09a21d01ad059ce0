import { HolidayDate } from './entities/holiday-date.entity';

/** A holiday of the dictionary in one year: its dates and where they come from. */
export class HolidayYearView {
  holidayCode: string;
  label: string;
  active: boolean;
  dates: string[];
  /** `rule`: built in; `entered`: the dates admins entered (overriding a rule for the year); `none`: no date this year */
  source: 'rule' | 'entered' | 'none';
}

/** A year of holidays: the dates admins entered, and every holiday with its dates. */
export class HolidayYearListView {
  year: number;
  entries: HolidayDate[];
  holidays: HolidayYearView[];
}
