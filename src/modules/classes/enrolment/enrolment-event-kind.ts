/** What happened to an enrolment, in its one continuous history (§4.2.5). */
export const ENROLMENT_EVENT_KINDS = [
  'enrolled',
  'dropped',
  'rejoined',
  'transferred',
  'graduated',
  'refunded',
] as const;
export type EnrolmentEventKind = (typeof ENROLMENT_EVENT_KINDS)[number];
