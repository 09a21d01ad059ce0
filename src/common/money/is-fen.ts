import { ValidateBy, type ValidationOptions } from 'class-validator';
import { isFenAmount, MAX_FEN } from './fen';

export interface FenBounds {
  /** the smallest amount taken; 0 unless the field may be negative (a correction, a refund's sign) */
  min?: number;
  /** the largest; MAX_FEN by default */
  max?: number;
}

/**
 * A money field in fen: a whole number (JSON numbers only, no text), 0 to MAX_FEN unless told
 * otherwise. The message names the unit with an example, since yuan is what people think in.
 * Query fields need `@Type(() => Number)` before it.
 */
export const IsFen = (bounds: FenBounds = {}, options?: ValidationOptions) => {
  const min = bounds.min ?? 0;
  const max = bounds.max ?? MAX_FEN;
  return ValidateBy(
    {
      name: 'isFen',
      constraints: [min, max],
      validator: {
        validate: (value) => isFenAmount(value, min, max),
        defaultMessage: () => 'money.fen',
      },
    },
    options,
  );
};
