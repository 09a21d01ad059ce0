import type { Catalogue } from '../../catalogue';

/** English, enrolment and its money (§4.2.2, §4.2.3). */
export const FINANCE_EN: Pick<Catalogue, 'enrolment' | 'finance'> = {
  enrolment: {
    notClassDay: '{{day}} is not a day of this class ({{from}} to {{to}}).',
    notClassDayDetail: 'not a day of the class',
    notOnRoster:
      "Enrolments {{ids}} are not on this class's roster (or appear twice): attendance is for its enrolled and graduated students, once each.",
    notOnRosterDetail: 'not on the roster',
    dropoutRisk:
      'Dropout risk: the student missed {{course}} term {{term}} {{absences}} times in a row; call them soon.',
    winBack:
      'Win back: the student dropped out of {{course}} term {{term}} on {{date}} ({{reason}}); call to hear why and bring them back.',
    transferTarget: 'A student can move only to another class of the same course.',
    rejoinTarget:
      'A student comes back to the same class, or to a class of the same course that starts no earlier.',
    badStep: 'The student is "{{status}}" and cannot become "{{to}}".',
    notOnStaff:
      'Coach {{id}} does not serve this class in that role: add them to the class staff first.',
    notClassGroup: 'Group {{id}} is not a group of this class.',
    recordInvalid: 'Some staff or group of the training record are not of this class: see details.',
    status: {
      enrolled: 'enrolled',
      graduated: 'graduated',
      dropped: 'dropped out',
      refunded: 'refunded',
    },
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
    notReversible: 'This receivable is "{{status}}": its payments can no longer be reversed.',
    notRefundable: 'This receivable is "{{status}}" and cannot be refunded.',
    refundTooLarge: 'A refund cannot be more than the ¥{{refundable}} paid and not refunded yet.',
    refundPending:
      'This receivable has a refund request waiting for a decision ({{id}}): wait for it before submitting another.',
    refundDecided: 'This refund request was decided already ({{status}}).',
    approverIsRequester:
      'A refund request cannot be decided by the person who submitted it: ask another finance officer or a manager.',
    documentInvalid:
      'The written request (documentId) is not valid: upload the scan or PDF of the request first, then submit its id.',
    documentInvalidDetail: 'upload the written request first',
    refundStatus: {
      pending: 'pending',
      rejected: 'rejected',
      executed: 'refunded',
    },
    notPlannable: 'This receivable is "{{status}}" and takes no payment plan.',
    planOrder: "The instalments' due dates must rise one after another.",
    planOrderDetail: 'must be after the one before',
    planTotal: 'The instalments add up to ¥{{total}}; they must add up to the ¥{{due}} due.',
    planTotalDetail: 'must add up to the amount due',
    overdueReminder:
      'Payment reminder: instalment {{seq}} was due by {{date}}; ¥{{owed}} is still owed. Please call the student.',
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
