import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, MoreThanOrEqual, Repository } from 'typeorm';
import { DomainError } from '../../../common/errors/domain-error';
import { msg } from '../../../common/i18n/msg';
import { CoachesApi } from '../../coaches/coaches.api';
import type { CoachView } from '../../coaches/coach.view';
import type { BusyCoachView, BusyPeriodView } from './busy-coach.view';
import { CalendarAnswers } from '../calendar-answers';
import { ClassRows } from '../class-rows';
import { daysBetween, MAX_CLASS_DAYS } from '../class-facts';
import type { CoachAvailabilityView } from './coach-availability.view';
import type { AvailabilityQueryDto } from './dto/availability-query.dto';
import { ClassStaff } from '../entities/class-staff.entity';

/** The longest period one question covers: a quarter. */
export const MAX_AVAILABILITY_DAYS = 92;
/** The most busy coaches listed with what takes their time; busyTotal counts them all. */
export const BUSY_LISTED = 200;

/**
 * Who is free to serve in a period (§5): the coaches whose time no class and no declared
 * period takes, best level first; and for the others, what does.
 */
@Injectable()
export class CoachAvailabilityService {
  constructor(
    @InjectRepository(ClassStaff) private readonly staff: Repository<ClassStaff>,
    private readonly coaches: CoachesApi,
    private readonly answers: CalendarAnswers,
    private readonly rows: ClassRows,
  ) {}

  /** Who is free, as the JSON answered. */
  async available(query: AvailabilityQueryDto): Promise<Buffer> {
    const { from, to } = query;
    const span = daysBetween(from, to);
    if (span < 0 || span >= MAX_AVAILABILITY_DAYS) {
      throw DomainError.badRequest(
        msg('classes.availabilityPeriod', { days: MAX_AVAILABILITY_DAYS }),
        [
          {
            field: 'to',
            messages: [msg('classes.availabilityPeriod', { days: MAX_AVAILABILITY_DAYS })],
          },
        ],
        'VALIDATION_FAILED',
      );
    }
    const key = JSON.stringify([
      from,
      to,
      query.kind,
      query.level,
      query.courseId,
      query.page,
      query.pageSize,
    ]);
    return this.answers.availability.get(key, async () =>
      Buffer.from(JSON.stringify(await this.answer(query))),
    );
  }

  /** The answer itself, worked out from the database. */
  private async answer(query: AvailabilityQueryDto): Promise<CoachAvailabilityView> {
    const { from, to } = query;
    const filter = { kind: query.kind, level: query.level, courseId: query.courseId };
    const [candidates, busy, ranks] = await Promise.all([
      this.coaches.candidates(filter),
      this.busy(from, to),
      this.coaches.levelRanks(),
    ]);
    // The busy ones are few (a week's classes' staff, a few declared periods) and the
    // candidates a company's coaches: the free page is cut from them here, best level first.
    const rank = (level: string) => ranks.get(level) ?? ranks.size;
    const free = candidates
      .filter((coach) => !busy.has(coach.id))
      .sort((a, b) => rank(a.levelCode) - rank(b.levelCode) || a.id - b.id);
    const offset = (query.page - 1) * query.pageSize;
    const pageIds = free.slice(offset, offset + query.pageSize).map((coach) => coach.id);
    const busyIds = candidates
      .filter((coach) => busy.has(coach.id))
      .map((coach) => coach.id)
      .sort((a, b) => a - b);
    const listed = busyIds.slice(0, BUSY_LISTED);
    // The free ones in full (kinds, courses: what a choice needs), the busy ones by name.
    const [views, names] = await Promise.all([
      this.coaches.views(pageIds),
      this.coaches.names(listed),
    ]);
    return {
      free: pageIds.map((id) => views.get(id) as CoachView),
      freeTotal: free.length,
      page: query.page,
      pageSize: query.pageSize,
      busy: listed.map((id): BusyCoachView => ({
        coach: names.get(id) ?? { id, name: '', level: '' },
        busyWith: busy.get(id) ?? [],
      })),
      busyTotal: busyIds.length,
    };
  }

  /** What takes each coach's time in the period: classes they serve, periods they declared. */
  private async busy(from: string, to: string): Promise<Map<number, BusyPeriodView[]>> {
    // A class overlapping the period starts at most MAX_CLASS_DAYS before it: one index range.
    const earliest = new Date(Date.parse(`${from}T00:00:00Z`) - MAX_CLASS_DAYS * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const [served, declared] = await Promise.all([
      // Read from the index alone (start, end, busy, coach, class).
      this.staff.find({
        select: { classId: true, coachId: true, startDate: true, endDate: true },
        where: { startDate: Between(earliest, to), endDate: MoreThanOrEqual(from), busy: true },
      }),
      this.coaches.unavailableBetween(this.staff.manager, 'all', from, to),
    ]);
    const classes = await this.rows.byIds(
      this.staff.manager,
      served.map((row) => row.classId),
    );
    const busy = new Map<number, BusyPeriodView[]>();
    const add = (coachId: number, period: BusyPeriodView) =>
      busy.set(coachId, [...(busy.get(coachId) ?? []), period]);
    for (const row of served) {
      const taken = classes.get(row.classId);
      add(row.coachId, {
        kind: 'class',
        classId: row.classId,
        courseName: taken?.course?.name ?? null,
        term: taken?.term ?? null,
        reason: null,
        from: row.startDate,
        to: row.endDate,
      });
    }
    for (const period of declared)
      add(period.coachId, {
        kind: 'unavailable',
        classId: null,
        courseName: null,
        term: null,
        reason: period.reason,
        from: period.fromDate,
        to: period.toDate,
      });
    return busy;
  }
}
