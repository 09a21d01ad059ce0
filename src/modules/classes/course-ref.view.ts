import type { Course } from './entities/course.entity';

/** The course a class is of, as lists and details name it. */
export class CourseRefView {
  id: number;
  code: string;
  name: string;
  /** `main` (the TR1 → TR2 → TA line) or `tool` */
  kind: string;
  /** 1 TR1, 2 TR2, 3 TA; null for a tool course */
  stage: number | null;

  static of(course: Course): CourseRefView {
    const { id, code, name, kind } = course;
    // A tool course's stage may come back from a raw read as missing rather than null.
    return { id, code, name, kind, stage: course.stage ?? null };
  }
}
