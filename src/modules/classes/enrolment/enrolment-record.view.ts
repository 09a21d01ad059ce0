import { EnrolmentEventView } from './enrolment-event.view';
import { EnrolmentView } from './enrolment.view';

/** An enrolment with its training record and its history (§4.2.5). */
export class EnrolmentRecordView extends EnrolmentView {
  groupId: number | null;
  assistantCoachId: number | null;
  coachId: number | null;
  forwardAssistantId: number | null;
  interviewCoachId: number | null;
  referralCommitment: number | null;
  notes: string | null;
  history: EnrolmentEventView[];
}
