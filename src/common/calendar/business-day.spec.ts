import { addDays, businessDayRange } from './business-day';

describe('business days', () => {
  it('runs a Shanghai day from 16:00 UTC the day before', () => {
    const range = businessDayRange('2026-11-22', 'Asia/Shanghai');
    expect(range.start.toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(range.end.toISOString()).toBe('2026-11-22T16:00:00.000Z');
  });

  it('keeps a day with a clock change whole', () => {
    const range = businessDayRange('2026-03-29', 'Europe/Berlin');
    expect(range.end.getTime() - range.start.getTime()).toBe(23 * 3600_000);
  });

  it('moves across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
