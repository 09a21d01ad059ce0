import type { Course } from './entities/course.entity';
import type { TrainingClass } from './entities/training-class.entity';
import { CourseRefView } from './course-ref.view';

/** A class as the API shows it: its facts and the course it is of. */
export class ClassView {
  id: number;
  course: CourseRefView;
  /** 期数 */
  term: number;
  startDate: string;
  endDate: string;
  firstWeekDate: string | null;
  lastWeekDate: string | null;
  venue: string | null;
  provinceCode: string | null;
  cityCode: string | null;
  capacity: number | null;
  /** students holding a place (enrolled or graduated) */
  enrolled: number;
  notes: string | null;
  /** planning, enrolling, running, finished or cancelled */
  status: string;
  createdById: number | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;

  static of(row: TrainingClass, course: Course): ClassView {
    return {
      id: row.id,
      course: CourseRefView.of(course),
      term: row.term,
      startDate: row.startDate,
      endDate: row.endDate,
      firstWeekDate: row.firstWeekDate,
      lastWeekDate: row.lastWeekDate,
      venue: row.venue,
      provinceCode: row.provinceCode,
      cityCode: row.cityCode,
      capacity: row.capacity,
      enrolled: row.enrolledCount,
      notes: row.notes,
      status: row.status,
      createdById: row.createdById,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
      version: row.version,
    };
  }
}
