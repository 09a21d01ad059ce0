import { expiredBackups } from './backup-retention';

describe('expiredBackups', () => {
  const now = new Date('2026-12-02T03:00:00Z');
  const daysAgo = (days: number) => ({
    name: `b${days}`,
    createdAt: new Date(now.getTime() - days * 86_400_000),
  });

  it('deletes what is older than keepDays', () => {
    expect(
      expiredBackups([daysAgo(1), daysAgo(13), daysAgo(15), daysAgo(40)], now, 14, 30),
    ).toEqual(['b15', 'b40']);
  });

  it('deletes what is beyond the newest keepFiles, whatever its age', () => {
    expect(expiredBackups([daysAgo(3), daysAgo(1), daysAgo(2)], now, 14, 2)).toEqual(['b3']);
  });

  it('always keeps the newest one', () => {
    expect(expiredBackups([daysAgo(100), daysAgo(200)], now, 14, 30)).toEqual(['b200']);
    expect(expiredBackups([], now, 14, 30)).toEqual([]);
  });
});
