import { ClassCoachView } from '../class-coach.view';

/** What takes a coach's time in the period asked about. */
export class BusyPeriodView {
  /** `class` (a class they serve) or `unavailable` (a period they declared) */
  kind: string;
  /** for `class`: the class, its course's name and its term (期数) */
  classId: number | null;
  courseName: string | null;
  term: number | null;
  /** for `unavailable`: the reason given, if any */
  reason: string | null;
  from: string;
  to: string;
}

/** A coach who is not free in the period, and why. */
export class BusyCoachView {
  coach: ClassCoachView;
  busyWith: BusyPeriodView[];
}
