import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';
import { BusinessCalendar } from '../../common/calendar/business-calendar';
import { addDays } from '../../common/calendar/business-day';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { ClassScheduleService } from '../classes/schedule/class-schedule.service';

/**
 * The board's course calendar (§6): the classes of the coming weeks, from today in the
 * business time zone. It is the classes module's own schedule read (and its kept answers),
 * so the board shows what `/api/classes/schedule` shows and costs nothing more; like that
 * route, it needs leave to read classes.
 */
@Injectable()
export class BulletinCalendarService {
  constructor(
    private readonly schedule: ClassScheduleService,
    private readonly calendar: BusinessCalendar,
  ) {}

  /** The classes running from today through `weeks` weeks, as the JSON answered. */
  async comingWeeks(principal: Principal, weeks: number): Promise<Buffer> {
    if (!principal.ability.can('read', 'Class'))
      throw DomainError.forbidden(msg('bulletin.calendarNotAllowed'), 'CLASSES_NOT_ALLOWED');
    const from = this.calendar.today().date;
    return this.schedule.period(from, addDays(from, weeks * 7 - 1));
  }
}
