import { AppConfig } from '../../config/app-config';
import { QuietHours } from './quiet-hours';

function quietHours(start: string, end: string): QuietHours {
  return new QuietHours({
    business: { timeZone: 'Asia/Shanghai' },
    sms: { quietHoursStart: start, quietHoursEnd: end },
  } as AppConfig);
}

/** An instant given as Shanghai local time. */
const at = (local: string) => new Date(`${local}+08:00`);

describe('QuietHours', () => {
  const night = quietHours('21:00', '08:00');

  it('is quiet from the start to the end over midnight, in the business time zone', () => {
    expect(night.isQuiet(at('2026-12-05T20:59:00'))).toBe(false);
    expect(night.isQuiet(at('2026-12-05T21:00:00'))).toBe(true);
    expect(night.isQuiet(at('2026-12-06T00:30:00'))).toBe(true);
    expect(night.isQuiet(at('2026-12-06T07:59:00'))).toBe(true);
    expect(night.isQuiet(at('2026-12-06T08:00:00'))).toBe(false);
  });

  it('puts a message of the night to the morning, of the evening to the next morning', () => {
    const day = at('2026-12-05T10:00:00');
    expect(night.nextAllowed(day)).toBe(day);
    expect(night.nextAllowed(at('2026-12-05T22:15:00'))).toEqual(at('2026-12-06T08:00:00'));
    expect(night.nextAllowed(at('2026-12-06T03:00:00'))).toEqual(at('2026-12-06T08:00:00'));
  });

  it('keeps a window within one day, and none when start and end are equal', () => {
    const noon = quietHours('12:00', '13:30');
    expect(noon.isQuiet(at('2026-12-05T12:10:00'))).toBe(true);
    expect(noon.isQuiet(at('2026-12-05T13:30:00'))).toBe(false);
    expect(noon.nextAllowed(at('2026-12-05T12:10:00'))).toEqual(at('2026-12-05T13:30:00'));
    expect(quietHours('08:00', '08:00').isQuiet(at('2026-12-05T03:00:00'))).toBe(false);
  });
});
