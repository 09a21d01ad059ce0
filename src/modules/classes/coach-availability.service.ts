import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Between, In, MoreThanOrEqual, Repository } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { CoachesApi } from '../coaches/coaches.api';
import type { CoachView } from '../coaches/coach.view';
import type { BusyCoachView, BusyPeriodView } from './busy-coach.view';
import { daysBetween, MAX_CLASS_DAYS } from './class-facts';
import type { CoachAvailabilityView } from './coach-availability.view';
import type { AvailabilityQueryDto } from './dto/availability-query.dto';
import { ClassStaff } from './entities/class-staff.entity';
import { TrainingClass } from './entities/training-class.entity';

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
  ) {}

  async available(query: AvailabilityQueryDto): Promise<CoachAvailabilityView> {
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
    const filter = { kind: query.kind, level: query.level, courseId: query.courseId };
    const [free, busy] = await Promise.all([
      this.coaches.freePage(
        filter,
        from,
        to,
        (rows, alias) =>
          `EXISTS ${rows
            .subQuery()
            .select('1')
            .from(ClassStaff, 's')
            .where(`s.coachId = ${alias}.id`)
            .andWhere('s.busy = :staffBusy')
            .andWhere('s.startDate <= :to')
            .andWhere('s.endDate >= :from')
            .getQuery()}`,
        { offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
        { staffBusy: true },
      ),
      this.busy(from, to),
    ]);
    const views = await this.coaches.views([...busy.keys()]);
    const matching = [...busy.entries()]
      .map(([coachId, busyWith]) => ({ coach: views.get(coachId), busyWith }))
      .filter((entry): entry is BusyCoachView => !!entry.coach && matches(entry.coach, filter))
      .sort((a, b) => a.coach.id - b.coach.id);
    return {
      free: free.items,
      freeTotal: free.total,
      page: query.page,
      pageSize: query.pageSize,
      busy: matching.slice(0, BUSY_LISTED),
      busyTotal: matching.length,
    };
  }

  /** What takes each coach's time in the period: classes they serve, periods they declared. */
  private async busy(from: string, to: string): Promise<Map<number, BusyPeriodView[]>> {
    // A class overlapping the period starts at most MAX_CLASS_DAYS before it: one index range.
    const earliest = new Date(Date.parse(`${from}T00:00:00Z`) - MAX_CLASS_DAYS * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const [served, declared] = await Promise.all([
      this.staff.find({
        where: { startDate: Between(earliest, to), endDate: MoreThanOrEqual(from), busy: true },
      }),
      this.coaches.unavailableBetween(this.staff.manager, 'all', from, to),
    ]);
    const classes = new Map(
      (
        await this.staff.manager.getRepository(TrainingClass).find({
          where: { id: In(served.length ? [...new Set(served.map((row) => row.classId))] : [0]) },
          relations: { course: true },
        })
      ).map((row) => [row.id, row]),
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

function matches(
  coach: CoachView,
  filter: { kind?: string; level?: string; courseId?: number },
): boolean {
  return (
    coach.active &&
    (!filter.kind || coach.kinds.includes(filter.kind)) &&
    (!filter.level || coach.level.code === filter.level) &&
    (!filter.courseId || coach.courses.some((course) => course.id === filter.courseId))
  );
}
