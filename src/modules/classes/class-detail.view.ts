import { ClassCoachView } from './class-coach.view';
import { ClassGroupView } from './staff/class-group.view';
import { ClassStaffMemberView } from './staff/class-staff-member.view';
import { ClassView } from './class.view';

/** A class with its head coach, staff and groups (GET /api/classes/:id). */
export class ClassDetailView extends ClassView {
  headCoach: ClassCoachView | null;
  /** everyone on the staff, the head coach first */
  staff: ClassStaffMemberView[];
  groups: ClassGroupView[];
}
