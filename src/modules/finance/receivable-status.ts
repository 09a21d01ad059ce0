/** A receivable's state, derived from its figures: nothing paid, some, all, refunded, written off. */
export const RECEIVABLE_STATUSES = [
  'open',
  'partly_paid',
  'paid',
  'refunded',
  'written_off',
] as const;
export type ReceivableStatus = (typeof RECEIVABLE_STATUSES)[number];

/** The statuses a payment may still be recorded in. */
export const PAYABLE: readonly ReceivableStatus[] = ['open', 'partly_paid'];

/** The statuses whose payments may still be reversed: not once refunded or written off. */
export const MOVABLE: readonly ReceivableStatus[] = ['open', 'partly_paid', 'paid'];
