/** A refund request: waiting for a decision, refused, or approved and paid out. */
export const REFUND_STATUSES = ['pending', 'rejected', 'executed'] as const;
export type RefundStatus = (typeof REFUND_STATUSES)[number];
