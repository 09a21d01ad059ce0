import { ScriptAuthorView } from './script-author.view';
import { ScriptCourseView } from './script-course.view';

/** A script as lists show it: everything but the body. */
export class ScriptSummaryView {
  id: number;
  /** null: a general script, of no one course */
  course: ScriptCourseView | null;
  /** first_call, course_intro, price_objection, rejoin, pre_class, referral, care_call, other */
  situation: string;
  situationLabel: string;
  title: string;
  tags: string[];
  forNewStaff: boolean;
  readingOrder: number;
  /** the number of the current version */
  revision: number;
  updatedAt: Date;
  updatedBy: ScriptAuthorView;
}
