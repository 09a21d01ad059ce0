/**
 * An amount of money in fen (分, 1/100 yuan), as a whole number. Money is never a float:
 * 0.1 + 0.2 is not 0.3, and a ledger must add up to the fen. The brand keeps a count, an id
 * or a yuan amount from being passed where fen are meant; `toFen` (or a DTO field under
 * `@IsFen()`) is how a number becomes one.
 */
export type Fen = number & { readonly __unit: 'fen' };

/**
 * The largest amount a field takes unless it says otherwise: ¥100,000,000.00. Far above any
 * fee or payment here, and sums of many such amounts stay exact (below 2^53).
 */
export const MAX_FEN = 10_000_000_000;

/** Whether `value` is a whole number of fen within [min, max]. */
export function isFenAmount(value: unknown, min = 0, max = MAX_FEN): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

/** `value` as fen; a RangeError for anything but a safe whole number (a programming error). */
export function toFen(value: number): Fen {
  if (!Number.isSafeInteger(value)) throw new RangeError(`Not a whole number of fen: ${value}`);
  return value as Fen;
}
