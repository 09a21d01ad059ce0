/** The course a script is about. */
export class ScriptCourseView {
  id: number;
  code: string;
  name: string;
}
