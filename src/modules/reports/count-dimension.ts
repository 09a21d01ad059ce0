/**
 * What an ad-hoc count may group by (issue 14, point 11): only these, and of them only what
 * the counted subject offers. `owner` is the person a record is someone's by (a customer's
 * follower, a record's staff member, an enrolment's coordinator); `month` the month, in the
 * business time zone, of the subject's time (added, took place, enrolled).
 */
export const COUNT_DIMENSIONS = [
  'owner',
  'status',
  'level',
  'source',
  'industry',
  'province',
  'course',
  'class',
  'month',
] as const;
export type CountDimension = (typeof COUNT_DIMENSIONS)[number];
