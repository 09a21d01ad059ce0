import type { ObjectLiteral } from 'typeorm';
import type { InstantRange } from '../../common/calendar/business-day';
import type { CountDimension } from './count-dimension';
import type { CountMonth } from './count-month';

/** An ad-hoc count as a subject receives it: checked against what the subject offers. */
export interface CountQuestion {
  readonly by: CountDimension;
  readonly by2?: CountDimension;
  /** the period over the subject's time, as instants; none: all time */
  readonly period?: InstantRange;
  /** the months of the period, in order (for `month`; empty without a period) */
  readonly months: readonly CountMonth[];
  /** the list filters given, by name, validated by the query's DTO */
  readonly filters: ObjectLiteral;
}
