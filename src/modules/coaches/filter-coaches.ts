import type { SelectQueryBuilder } from 'typeorm';
import type { CoachFilter } from './coaches.api';
import { CoachCourse } from './entities/coach-course.entity';
import { CoachKindRow } from './entities/coach-kind-row.entity';
import type { Coach } from './entities/coach.entity';

/**
 * Narrows a query of coaches (aliased `c`) to those who can serve as `kind`, are qualified
 * for `courseId` and have `level`: the one reading of a coach filter, for the coach list and
 * for who is free.
 */
export function filterCoaches(
  rows: SelectQueryBuilder<Coach>,
  filter: CoachFilter,
): SelectQueryBuilder<Coach> {
  if (filter.kind) {
    const serves = rows
      .subQuery()
      .select('1')
      .from(CoachKindRow, 'k')
      .where('k.coachId = c.id')
      .andWhere('k.kind = :kind');
    rows.andWhere(`EXISTS ${serves.getQuery()}`, { kind: filter.kind });
  }
  if (filter.courseId) {
    const qualified = rows
      .subQuery()
      .select('1')
      .from(CoachCourse, 'q')
      .where('q.coachId = c.id')
      .andWhere('q.courseId = :courseId');
    rows.andWhere(`EXISTS ${qualified.getQuery()}`, { courseId: filter.courseId });
  }
  if (filter.level) rows.andWhere('c.levelCode = :level', { level: filter.level });
  return rows;
}
