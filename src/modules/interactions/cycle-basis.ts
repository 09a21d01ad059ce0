/** A follow-up cycle applies to a customer level or to a status tag. */
export const CYCLE_BASES = ['level', 'status'] as const;
export type CycleBasis = (typeof CYCLE_BASES)[number];
