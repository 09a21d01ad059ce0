import { Transform } from 'class-transformer';

const NUMERIC = /^[\d\s()+\-.]*$/;

/**
 * Unicode compatibility normalisation (NFKC) of numbers, codes and phones before they are
 * validated: full-width digits and letters typed on a Chinese keyboard (`１３９８７６５４３２１`,
 * `ＡＢ`) become their ASCII forms, which the rules and the stored data use.
 *
 * `'numeric'` normalises only text that is a number once normalised (free-text searches):
 * NFKC also rewrites characters people mean as typed (`㈱` → `(株)`, half-width katakana,
 * ligatures), which has no place in a name search, while a phone typed in full width should
 * find the stored digits.
 */
export const Normalized = (scope: 'all' | 'numeric' = 'all') =>
  Transform(({ value }) => {
    if (typeof value !== 'string')
      return Array.isArray(value)
        ? value.map((item) => (typeof item === 'string' ? item.normalize('NFKC') : item))
        : value;
    const normal = value.normalize('NFKC');
    return scope === 'all' || NUMERIC.test(normal) ? normal : value;
  });
