import { ClassCoachView } from '../class-coach.view';
import { CourseRefView } from '../course-ref.view';

/** A class as the course calendar shows it (§6, §1.2 b). */
export class ScheduleEntryView {
  id: number;
  course: CourseRefView;
  term: number;
  startDate: string;
  endDate: string;
  venue: string | null;
  provinceCode: string | null;
  cityCode: string | null;
  /** planning, enrolling, running or finished (cancelled classes are left out) */
  status: string;
  headCoach: ClassCoachView | null;
  /** students holding a place (enrolled or graduated) */
  enrolled: number;
  capacity: number | null;
}
