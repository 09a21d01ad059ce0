import { ZonedTimestamp } from './zoned-timestamp';

describe('ZonedTimestamp', () => {
  it('writes Shanghai time', () => {
    expect(new ZonedTimestamp('Asia/Shanghai').format(new Date('2026-11-22T17:05:09Z'))).toBe(
      '2026-11-23 01:05:09',
    );
  });

  it('agrees with Intl across a daylight-saving change, minute by minute', () => {
    const zoned = new ZonedTimestamp('Europe/Berlin');
    const intl = new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    for (let ms = Date.UTC(2026, 2, 29, 0, 0, 7); ms < Date.UTC(2026, 2, 29, 3); ms += 60_000) {
      expect(zoned.format(new Date(ms))).toBe(intl.format(new Date(ms)));
    }
    for (let ms = Date.UTC(2026, 9, 25, 0, 0, 3); ms < Date.UTC(2026, 9, 25, 3); ms += 60_000) {
      expect(zoned.format(new Date(ms))).toBe(intl.format(new Date(ms)));
    }
  });

  it('handles zones half an hour off', () => {
    expect(new ZonedTimestamp('Asia/Kolkata').format(new Date('2026-01-01T00:00:00Z'))).toBe(
      '2026-01-01 05:30:00',
    );
  });
});
