/** A course a coach is qualified for, as a coach's view names it. */
export class CoachCourseView {
  id: number;
  code: string;
  name: string;
}
