import { ScriptCourseView } from './script-course.view';
import { ScriptVersionSummaryView } from './script-version-summary.view';

/** A script as one version of it read. */
export class ScriptVersionView extends ScriptVersionSummaryView {
  scriptId: number;
  /** the current version of the script */
  current: boolean;
  course: ScriptCourseView | null;
  situation: string;
  situationLabel: string;
  body: string;
  tags: string[];
  forNewStaff: boolean;
  readingOrder: number;
}
