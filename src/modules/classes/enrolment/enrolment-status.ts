/**
 * Where a student is in a class: enrolled (on the roster), and later graduated, dropped out
 * (下车), refunded or moved to another class; the row stays as the history of all of them.
 */
export const ENROLMENT_STATUSES = [
  'enrolled',
  'graduated',
  'dropped',
  'refunded',
  'transferred',
] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** The statuses that hold a place in the class. */
export const PLACE_HOLDING: readonly EnrolmentStatus[] = ['enrolled', 'graduated'];
