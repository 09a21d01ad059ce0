/**
 * Where a student is: enrolled (on the roster of the enrolment's class), graduated, dropped
 * out (下车) or refunded; the enrolment's events keep the way there.
 */
export const ENROLMENT_STATUSES = ['enrolled', 'graduated', 'dropped', 'refunded'] as const;
export type EnrolmentStatus = (typeof ENROLMENT_STATUSES)[number];

/** The statuses that hold a place in the class. */
export const PLACE_HOLDING: readonly EnrolmentStatus[] = ['enrolled', 'graduated'];

/** The statuses of a student who entered the class (a refunded enrolment did not stay). */
export const ENTERED_CLASS: readonly EnrolmentStatus[] = ['enrolled', 'graduated', 'dropped'];
