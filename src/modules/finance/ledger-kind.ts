/**
 * What a money row records: the fee charged, a discount granted, a payment received, the
 * reversal of a wrong payment, a refund paid out. Rows are only ever added.
 */
export const LEDGER_KINDS = ['fee', 'discount', 'payment', 'reversal', 'refund'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];
