import { nextDue, scheduleCronProblem } from './schedule-cron';

const ZONE = 'Asia/Shanghai';

describe('report schedule cron', () => {
  it.each(['0 2 * * *', '0 * * * *', '30 8 * * 1-5', '0 0 29 2 *', '0 0 31 * *', '0 9,18 1 * *'])(
    'takes %s',
    (cron) => expect(scheduleCronProblem(cron, ZONE)).toBeNull(),
  );

  it.each(['', '* * * *', '0 0 3 * * *', '61 * * * *', 'DROP TABLE x', '0 0 30 2 *', '@daily'])(
    'refuses %j as no five-field cron that ever runs',
    (cron) => expect(scheduleCronProblem(cron, ZONE)).toBe('invalid'),
  );

  it.each(['* * * * *', '*/30 * * * *', '0,30 9 * * *', '0,59 9 1 * *'])(
    'refuses %s as more often than hourly',
    (cron) => expect(scheduleCronProblem(cron, ZONE)).toBe('tooOften'),
  );

  it('takes hourly across midnight (23:59, then 00:59)', () =>
    expect(scheduleCronProblem('59 23,0 * * *', ZONE)).toBeNull());

  it('finds the next due time in the business time zone', () => {
    expect(nextDue('0 2 * * *', ZONE, new Date('2026-12-04T12:00:00Z'))?.toISOString()).toBe(
      '2026-12-04T18:00:00.000Z',
    );
  });
});
