import 'reflect-metadata';
import { IntersectionType } from '@nestjs/swagger';
import { createValidationPipe } from '../http/validation-pipe';
import { DomainError } from '../errors/domain-error';
import { translate } from '../i18n/translate';
import { PageQueryDto } from '../pagination/page-query.dto';
import { PeriodQueryDto } from './period-query.dto';

/** A list over a period, as endpoints declare one. */
class ListQuery extends IntersectionType(PageQueryDto, PeriodQueryDto) {}

const pipe = createValidationPipe();

async function check(query: Record<string, string>): Promise<Record<string, string[]>> {
  try {
    await pipe.transform(query, { type: 'query', metatype: ListQuery });
    return {};
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    const details = error.details as {
      field: string;
      messages: Parameters<typeof translate>[0][];
    }[];
    return Object.fromEntries(
      details.map((d) => [d.field, d.messages.map((m) => translate(m, 'zh-CN'))]),
    );
  }
}

describe('PeriodQueryDto', () => {
  it('takes calendar dates, either end or both, and a one-day period', async () => {
    expect(await check({})).toEqual({});
    expect(await check({ from: '2026-01-01' })).toEqual({});
    expect(await check({ to: '2026-01-01' })).toEqual({});
    expect(await check({ from: '2026-01-01', to: '2026-01-01' })).toEqual({});
    expect(await check({ from: '2024-01-01', to: '2024-12-31', page: '2' })).toEqual({});
  });

  it('refuses what is not a day on the calendar, in Chinese', async () => {
    expect(await check({ from: '2026-02-30' })).toEqual({
      from: ['必须是 YYYY-MM-DD 格式的日期，如 2026-12-02'],
    });
    expect(await check({ to: '2026-1-5' })).toEqual({
      to: ['必须是 YYYY-MM-DD 格式的日期，如 2026-12-02'],
    });
    expect(await check({ from: '2026-01-01T00:00:00Z' })).toHaveProperty('from');
  });

  it('refuses an end before the start', async () => {
    expect(await check({ from: '2026-05-01', to: '2026-04-30' })).toEqual({
      to: ['不能早于 from'],
    });
  });

  it('refuses a period longer than a year, saying how long it may be', async () => {
    expect(await check({ from: '2024-01-01', to: '2025-01-01' })).toEqual({
      to: ['时间段超过 366 天'],
    });
  });

  it('leaves the period rules to the dates when a date is wrong', async () => {
    expect(await check({ from: 'soon', to: '2026-01-01' })).toEqual({
      from: ['必须是 YYYY-MM-DD 格式的日期，如 2026-12-02'],
    });
  });
});
