import { CareSubject, fallsOn, occasionsOf } from './care-occasions';

const care = (fields: Partial<NonNullable<CareSubject['care']>> = {}): CareSubject['care'] => ({
  anniversaries: [],
  excludedHolidays: [],
  smsOptOut: false,
  familyNotes: null,
  ...fields,
});

const window = (first: string, count: number) =>
  Array.from({ length: count }, (_, i) =>
    new Date(Date.parse(`${first}T00:00:00Z`) + i * 86_400_000).toISOString().slice(0, 10),
  );

describe('care occasions', () => {
  it('finds a birthday in the window, in the year it falls in', () => {
    const { due } = occasionsOf(
      { birthday: '1990-01-02', care: null },
      window('2026-12-30', 4),
      [],
    );
    expect(due).toEqual([
      { occasion: 'birthday', occasionKey: 'birthday', date: '2027-01-02', year: 2027 },
    ]);
    expect(
      occasionsOf({ birthday: '1990-01-05', care: null }, window('2026-12-30', 4), []).due,
    ).toEqual([]);
  });

  it('greets a 29 February birthday on the 28th in other years, once', () => {
    expect(fallsOn('02-29', '2027-02-28')).toBe(true);
    expect(fallsOn('02-29', '2028-02-28')).toBe(false);
    expect(fallsOn('02-29', '2028-02-29')).toBe(true);
    expect(
      occasionsOf({ birthday: '2000-02-29', care: null }, window('2027-02-27', 4), []).due.map(
        (o) => o.date,
      ),
    ).toEqual(['2027-02-28']);
    expect(
      occasionsOf({ birthday: '2000-02-29', care: null }, window('2028-02-27', 4), []).due.map(
        (o) => o.date,
      ),
    ).toEqual(['2028-02-29']);
  });

  it('finds named anniversaries by their MM-DD', () => {
    const subject = {
      birthday: null,
      care: care({
        anniversaries: [
          { name: '结婚纪念日', date: '06-01' },
          { name: '入学纪念日', date: '09-01' },
        ],
      }),
    };
    expect(occasionsOf(subject, window('2026-05-30', 4), []).due).toEqual([
      {
        occasion: 'anniversary',
        occasionKey: 'anniversary:06-01',
        date: '2026-06-01',
        year: 2026,
        anniversaryName: '结婚纪念日',
      },
    ]);
  });

  it("greets today's holidays except the excluded ones", () => {
    const subject = { birthday: null, care: care({ excludedHolidays: ['mothers_day'] }) };
    const result = occasionsOf(subject, window('2026-05-10', 4), ['mothers_day', 'company_day']);
    expect(result.due).toEqual([
      {
        occasion: 'holiday',
        occasionKey: 'holiday:company_day',
        date: '2026-05-10',
        year: 2026,
        holidayCode: 'company_day',
      },
    ]);
    expect(result.excluded).toBe(1);
    expect(
      occasionsOf({ birthday: null, care: null }, window('2026-05-10', 1), ['mothers_day']).due,
    ).toHaveLength(1);
  });

  it('greets nobody who opted out, and counts what they would have got', () => {
    const subject = {
      birthday: '1990-05-11',
      care: care({ smsOptOut: true, excludedHolidays: ['mothers_day'] }),
    };
    expect(occasionsOf(subject, window('2026-05-10', 4), ['mothers_day', 'company_day'])).toEqual({
      due: [],
      optedOut: 3,
      excluded: 0,
    });
  });
});
