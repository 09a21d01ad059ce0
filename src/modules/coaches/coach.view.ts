import { CoachCourseView } from './coach-course.view';
import { CoachLevelView } from './coach-level.view';

/** A coach or assistant as the API shows them (§5). */
export class CoachView {
  id: number;
  /** `internal` (a former student: name and phone from the customer record) or `external` */
  origin: string;
  /** internal coaches: their customer record */
  customerId: number | null;
  name: string;
  /** masked (138****5678); null once an internal coach's customer record was erased */
  mobile: string | null;
  organisation: string | null;
  /** an internal coach whose customer record a manager marked 金牌 IMO */
  goldImo: boolean;
  /** what they can serve as: assistant, coach, forward_assistant, interview_coach, guest_speaker */
  kinds: string[];
  level: CoachLevelView;
  courses: CoachCourseView[];
  notes: string | null;
  active: boolean;
  createdAt: Date;
  version: number;
}
