import type { LedgerKind } from './ledger-kind';

/** Money in (payments) and out (reversals of payments, refunds paid) on a day: what a closing sheet counts. */
export const CLOSING_KINDS: readonly LedgerKind[] = ['payment', 'reversal', 'refund'];
