import { CoachView } from '../../coaches/coach.view';
import { BusyCoachView } from './busy-coach.view';

/**
 * Who is free in a period (best level first, one page) and who is not, with what takes
 * their time. Not a page of one list: the busy ones are few (those on the period's classes
 * or away), listed whole up to `BUSY_LISTED`, their number in `busyTotal`.
 */
export class CoachAvailabilityView {
  free: CoachView[];
  freeTotal: number;
  page: number;
  pageSize: number;
  busy: BusyCoachView[];
  busyTotal: number;
}
