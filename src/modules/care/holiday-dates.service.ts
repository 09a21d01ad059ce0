import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, QueryFailedError, Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { isCalendarDate } from '../../common/calendar/is-calendar-date';
import { DomainError } from '../../common/errors/domain-error';
import { findOrFail } from '../../database/find-or-fail';
import { DictionaryService } from '../dictionary/dictionary.service';
import type { CreateHolidayDateDto } from './dto/create-holiday-date.dto';
import { HolidayDate } from './entities/holiday-date.entity';
import { HolidayCalendar } from './holiday-calendar';
import type { HolidayYearView } from './holiday-year.view';
import { msg } from '../../common/i18n/msg';

/** The dates of holidays (§9.4): built-in rules, plus the dates admins enter for the rest. */
@Injectable()
export class HolidayDatesService {
  constructor(
    @InjectRepository(HolidayDate) private readonly dates: Repository<HolidayDate>,
    private readonly dictionary: DictionaryService,
    private readonly audit: AuditService,
    private readonly businessDays: BusinessCalendar,
  ) {}

  /** The calendar of a year: the rules with the dates entered for that year. */
  async calendar(year: number): Promise<HolidayCalendar> {
    return new HolidayCalendar(await this.entered(year));
  }

  /** A year's entered dates, and every holiday of the dictionary with its dates that year (this year by default). */
  async year(
    requested?: number,
  ): Promise<{ year: number; entries: HolidayDate[]; holidays: HolidayYearView[] }> {
    const year = requested ?? Number(this.businessDays.today().date.slice(0, 4));
    const [entries, labels, active] = await Promise.all([
      this.entered(year),
      this.dictionary.labels('holiday'),
      this.dictionary.activeCodes('holiday'),
    ]);
    const calendar = new HolidayCalendar(entries);
    const enteredCodes = new Set(entries.map((entry) => entry.holidayCode));
    const holidays = [...labels].map(([holidayCode, label]): HolidayYearView => {
      const dates = calendar.datesOf(holidayCode, year);
      const source = enteredCodes.has(holidayCode) ? 'entered' : dates.length ? 'rule' : 'none';
      return { holidayCode, label, active: active.has(holidayCode), dates, source };
    });
    holidays.sort(
      (a, b) =>
        (a.dates[0] ?? '9999').localeCompare(b.dates[0] ?? '9999') ||
        a.holidayCode.localeCompare(b.holidayCode),
    );
    return { year, entries, holidays };
  }

  async add(dto: CreateHolidayDateDto): Promise<HolidayDate> {
    if (!isCalendarDate(dto.date)) {
      throw DomainError.badRequest(
        msg('care.notACalendarDay', { date: dto.date }),
        [{ field: 'date', messages: [msg('care.notACalendarDayDetail')] }],
        'VALIDATION_FAILED',
      );
    }
    try {
      return await this.dates.manager.transaction(async (m) => {
        await this.dictionary.assertActive('holiday', dto.holidayCode, 'holidayCode', m);
        const repository = m.getRepository(HolidayDate);
        if (await repository.existsBy({ holidayCode: dto.holidayCode, date: dto.date }))
          throw this.duplicate(dto);
        const row = repository.create({ holidayCode: dto.holidayCode, date: dto.date });
        await repository.save(row);
        await this.audit.record(
          {
            action: 'holidayDate.create',
            entityType: 'HolidayDate',
            entityId: row.id,
            after: { holidayCode: row.holidayCode, date: row.date },
          },
          m,
        );
        return row;
      });
    } catch (error) {
      // The unique key is the backstop against the same date entered twice at once.
      if (
        error instanceof QueryFailedError &&
        (await this.dates.existsBy({ holidayCode: dto.holidayCode, date: dto.date }))
      ) {
        throw this.duplicate(dto);
      }
      throw error;
    }
  }

  async remove(id: number): Promise<void> {
    await this.dates.manager.transaction(async (m) => {
      const repository = m.getRepository(HolidayDate);
      const row = await findOrFail(repository, HolidayDate, id, msg('entities.holidayDate'));
      await repository.delete({ id });
      await this.audit.record(
        {
          action: 'holidayDate.delete',
          entityType: 'HolidayDate',
          entityId: id,
          before: { holidayCode: row.holidayCode, date: row.date },
        },
        m,
      );
    });
  }

  private entered(year: number): Promise<HolidayDate[]> {
    return this.dates.find({
      where: { date: Between(`${year}-01-01`, `${year}-12-31`) },
      order: { date: 'ASC', holidayCode: 'ASC' },
    });
  }

  private duplicate(dto: CreateHolidayDateDto): DomainError {
    return DomainError.conflict(
      msg('care.duplicateHolidayDate', { holiday: dto.holidayCode, date: dto.date }),
      'DUPLICATE_HOLIDAY_DATE',
    );
  }
}
