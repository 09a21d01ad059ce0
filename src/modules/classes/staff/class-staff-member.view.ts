import { ClassCoachView } from '../class-coach.view';

/** A coach on a class's staff and what they do on it. */
export class ClassStaffMemberView {
  coach: ClassCoachView;
  /** head_coach, assistant, coach, forward_assistant, interview_coach or guest_speaker */
  role: string;
  /** why a manager assigned them over a clash; null if there was none */
  forcedReason: string | null;
}
