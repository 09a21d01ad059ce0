import { PreparedQuery } from '../../../database/prepared-query';
import { TrainingClass } from '../entities/training-class.entity';
import { MAX_SCHEDULE_ENTRIES } from './schedule-limits';

/**
 * The classes not cancelled that run at some time between `from` and `to`, by start date,
 * with their course: the course calendar's one read, prepared and read into plain objects.
 * `earliest` bounds the start dates read (a class lasts at most MAX_CLASS_DAYS), so one range
 * of the (start_date, id) index holds every candidate.
 */
export const SCHEDULE_CLASSES = PreparedQuery.select<
  TrainingClass,
  { earliest: string; from: string; to: string; cancelled: 'cancelled' }
>((source) =>
  source
    .getRepository(TrainingClass)
    .createQueryBuilder('c')
    .innerJoin('c.course', 'course')
    .where('c.startDate >= :earliest')
    .andWhere('c.startDate <= :to')
    .andWhere('c.endDate >= :from')
    .andWhere('c.status <> :cancelled')
    .orderBy('c.startDate', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .limit(MAX_SCHEDULE_ENTRIES)
    .select([
      'c.id',
      'c.term',
      'c.startDate',
      'c.endDate',
      'c.venue',
      'c.provinceCode',
      'c.cityCode',
      'c.status',
      'c.capacity',
      'c.enrolledCount',
      'course.id',
      'course.code',
      'course.name',
      'course.kind',
      'course.stage',
    ]),
);
