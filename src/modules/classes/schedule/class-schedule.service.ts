import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { DomainError } from '../../../common/errors/domain-error';
import { msg } from '../../../common/i18n/msg';
import { CoachesApi } from '../../coaches/coaches.api';
import { CalendarAnswers } from '../calendar-answers';
import { daysBetween, MAX_CLASS_DAYS } from '../class-facts';
import { ClassStaff } from '../entities/class-staff.entity';
import { TrainingClass } from '../entities/training-class.entity';
import type { ScheduleEntryView } from './schedule-entry.view';
import { CourseRefView } from '../course-ref.view';
import type { Course } from '../entities/course.entity';
import { SCHEDULE_CLASSES } from './schedule-classes.query';
import { MAX_SCHEDULE_DAYS } from './schedule-limits';

/** The course calendar (§6, §1.2 b): the classes running in a period, for the bulletin board. */
@Injectable()
export class ClassScheduleService {
  constructor(
    @InjectRepository(TrainingClass) private readonly classes: Repository<TrainingClass>,
    private readonly coaches: CoachesApi,
    private readonly answers: CalendarAnswers,
  ) {}

  /** A period asked for over HTTP, as the JSON answered: refused past MAX_SCHEDULE_DAYS. */
  async period(from: string, to: string): Promise<Buffer> {
    const span = daysBetween(from, to);
    if (span < 0 || span >= MAX_SCHEDULE_DAYS) {
      const text = msg('classes.schedulePeriod', { days: MAX_SCHEDULE_DAYS });
      throw DomainError.badRequest(text, [{ field: 'to', messages: [text] }], 'VALIDATION_FAILED');
    }
    return this.answers.schedule.get(`${from}|${to}`, async () =>
      Buffer.from(JSON.stringify(await this.entries(from, to))),
    );
  }

  /**
   * Classes not cancelled that run at some time between `from` and `to`, by start date. A
   * class starts at most MAX_CLASS_DAYS before it ends, so one index range of start dates
   * holds every candidate.
   */
  async entries(from: string, to: string): Promise<ScheduleEntryView[]> {
    const earliest = new Date(Date.parse(`${from}T00:00:00Z`) - MAX_CLASS_DAYS * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const rows = await SCHEDULE_CLASSES.rows(this.classes.manager, {
      earliest,
      from,
      to,
      cancelled: 'cancelled',
    });
    const heads = rows.length
      ? await this.classes.manager.getRepository(ClassStaff).find({
          select: { classId: true, coachId: true },
          where: { classId: In(rows.map((row) => row.id)), role: 'head_coach' },
        })
      : [];
    const headOf = new Map(heads.map((head) => [head.classId, head.coachId]));
    const coaches = await this.coaches.names(heads.map((head) => head.coachId));
    return rows.map((row) => {
      const headId = headOf.get(row.id);
      const head = headId ? coaches.get(headId) : undefined;
      return {
        id: row.id,
        course: CourseRefView.of(row.course as Course),
        term: row.term,
        startDate: row.startDate,
        endDate: row.endDate,
        venue: row.venue,
        provinceCode: row.provinceCode,
        cityCode: row.cityCode,
        status: row.status,
        headCoach: head ?? null,
        enrolled: row.enrolledCount,
        capacity: row.capacity,
      };
    });
  }
}
