import type { Catalogue } from '../../catalogue';

/** English, enrolment and its money (§4.2.2, §4.2.3). */
export const FINANCE_EN: Pick<Catalogue, 'enrolment' | 'finance'> = {
  enrolment: {
    preClassTalk:
      'Pre-class talk: {{course}} term {{term}} starts on {{start}}; the fee is paid in full: help the student prepare.',
    notEnrolling:
      'Class {{course}} term {{term}} is "{{status}}" and takes no enrolments: only classes that are enrolling do.',
    full: 'Class {{course}} term {{term}} is full ({{capacity}} places): ask for more places or choose another class.',
    alreadyEnrolled:
      'This customer is already enrolled in class {{course}} term {{term}} (enrolment {{id}}).',
    prerequisite:
      'Enrolling in {{stage}} needs a graduation from {{previous}}, and this customer has none; a manager may enrol them anyway with a reason (overrideReason).',
    overrideForbidden: 'Only managers may enrol a customer past the stage before.',
    overrideNotNeeded: 'This customer needs no override: leave out overrideReason.',
    discountNeedsReason: 'A discount needs its reason (discountReason).',
    discountNeedsReasonDetail: 'required with a discount',
    oneFiller:
      'Name one person who filled the form in: a customer (filledInByCustomerId) or a staff member (filledInByUserId).',
    selfFiller: 'The student cannot have filled the form in on their own behalf.',
    fillerNotStaff: 'Staff member {{id}} who filled the form in does not exist or is disabled.',
  },
  finance: {
    discountTooLarge: 'The discount cannot be more than the fee of ¥{{fee}}.',
    discountTooLargeDetail: 'more than the fee',
    othersMoney: 'You can see the money of the students you enrolled only.',
    keyRequired:
      'Money requests need an Idempotency-Key header (a UUID, say): with it a retry never records the money twice.',
    paidInFuture: 'The payment time cannot be in the future.',
    paidInFutureDetail: 'in the future',
    notAPayment: 'Only payments can be reversed; fees, discounts and reversals cannot.',
    alreadyReversed: 'Payment {{receipt}} was reversed already; it cannot be reversed again.',
    overpayment:
      'This ¥{{amount}} is more than the ¥{{outstanding}} still owed: nothing is taken beyond what is due.',
    notPayable: 'This receivable is "{{status}}" and takes no more payments.',
    status: {
      open: 'unpaid',
      partly_paid: 'partly paid',
      paid: 'paid',
      refunded: 'refunded',
      written_off: 'written off',
    },
  },
};
