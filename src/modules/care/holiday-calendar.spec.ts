import { HolidayCalendar } from './holiday-calendar';

describe('HolidayCalendar', () => {
  const calendar = new HolidayCalendar();

  it('knows the fixed holidays', () => {
    expect(calendar.datesOf('new_year', 2026)).toEqual(['2026-01-01']);
    expect(calendar.datesOf('womens_day', 2026)).toEqual(['2026-03-08']);
    expect(calendar.datesOf('teachers_day', 2026)).toEqual(['2026-09-10']);
    expect(calendar.datesOf('national_day', 2026)).toEqual(['2026-10-01']);
  });

  it("finds Mother's Day (second Sunday of May) and Father's Day (third Sunday of June)", () => {
    expect(calendar.datesOf('mothers_day', 2026)).toEqual(['2026-05-10']);
    expect(calendar.datesOf('mothers_day', 2027)).toEqual(['2027-05-09']);
    // 1 May 2022 was a Sunday: the second Sunday is the 8th.
    expect(calendar.datesOf('mothers_day', 2022)).toEqual(['2022-05-08']);
    expect(calendar.datesOf('fathers_day', 2026)).toEqual(['2026-06-21']);
    expect(calendar.datesOf('fathers_day', 2025)).toEqual(['2025-06-15']);
  });

  it('computes the lunar holidays', () => {
    expect(calendar.datesOf('spring_festival', 2026)).toEqual(['2026-02-17']);
    expect(calendar.datesOf('spring_festival', 2025)).toEqual(['2025-01-29']);
    expect(calendar.datesOf('mid_autumn', 2026)).toEqual(['2026-09-25']);
    expect(calendar.datesOf('mid_autumn', 2025)).toEqual(['2025-10-06']);
  });

  it('takes dates entered by an admin: custom holidays, and overrides of a rule for their year only', () => {
    const entered = new HolidayCalendar([
      { holidayCode: 'company_day', date: '2026-07-15' },
      { holidayCode: 'mothers_day', date: '2026-05-17' },
    ]);
    expect(entered.datesOf('company_day', 2026)).toEqual(['2026-07-15']);
    expect(entered.datesOf('company_day', 2027)).toEqual([]);
    expect(entered.datesOf('mothers_day', 2026)).toEqual(['2026-05-17']);
    expect(entered.datesOf('mothers_day', 2027)).toEqual(['2027-05-09']);
    expect(entered.holidaysOn('2026-07-15', ['company_day', 'new_year'])).toEqual(['company_day']);
    expect(entered.holidaysOn('2026-05-10', ['mothers_day'])).toEqual([]);
  });

  it('reports only the codes asked about (the active ones of the dictionary)', () => {
    expect(calendar.holidaysOn('2026-10-01', ['national_day', 'new_year'])).toEqual([
      'national_day',
    ]);
    expect(calendar.holidaysOn('2026-10-01', ['new_year'])).toEqual([]);
    expect(calendar.holidaysOn('2026-10-01', [])).toEqual([]);
  });
});
