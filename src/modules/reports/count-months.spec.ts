import { DataSource } from 'typeorm';
import { countMonths } from './count-months';
import { monthOf } from './month-of';

describe('count months', () => {
  it('lists the months of a period across a year boundary, each ending at midnight Beijing time', () => {
    expect(countMonths('2025-12-15', '2026-02-01', 'Asia/Shanghai')).toEqual([
      { key: '2025-12', end: new Date('2025-12-31T16:00:00Z') },
      { key: '2026-01', end: new Date('2026-01-31T16:00:00Z') },
      { key: '2026-02', end: new Date('2026-02-28T16:00:00Z') },
    ]);
    expect(countMonths('2026-03-01', '2026-03-31', 'Asia/Shanghai')).toHaveLength(1);
  });

  it('names a month in portable SQL with the ends bound, not written in', async () => {
    const source = new DataSource({ type: 'better-sqlite3', database: ':memory:' });
    await source.initialize();
    try {
      const query = source.createQueryBuilder().select('1').from('t', 't');
      const sql = monthOf(query, 't.at', countMonths('2025-12-01', '2026-01-31', 'Asia/Shanghai'));
      expect(sql).toBe(
        "CASE WHEN t.at < :monthEnd0 THEN '2025-12' WHEN t.at < :monthEnd1 THEN '2026-01' END",
      );
      expect(query.getParameters()).toEqual({
        monthEnd0: new Date('2025-12-31T16:00:00Z'),
        monthEnd1: new Date('2026-01-31T16:00:00Z'),
      });
      expect(() => monthOf(query, 't.at', [])).toThrow('needs the period');
      expect(() => monthOf(query, 't.at', [{ key: "2026-01' OR 1=1", end: new Date() }])).toThrow(
        'not a month',
      );
    } finally {
      await source.destroy();
    }
  });
});
