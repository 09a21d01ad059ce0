import type { TermRange } from './customer-search-terms';

/**
 * A customer's search terms as the one text of its customer_search_text row: space-separated,
 * with a space before and after, so that "a term starts with x" is `LIKE '% x%'` and "a term
 * is x" is `LIKE '% x %'` (terms are [0-9a-z], nothing in them is a LIKE wildcard).
 */
export const SearchText = {
  of(terms: readonly string[]): string {
    return ` ${terms.join(' ')} `;
  },

  /** The terms a text lists. */
  terms(text: string): string[] {
    return text.split(' ').filter(Boolean);
  },

  /**
   * The LIKE pattern that finds a range's terms in a text: a range is either one term
   * (`from` = `to`) or every term starting with `from` (customer-search-terms.ts).
   */
  pattern(range: TermRange): string {
    return range.from === range.to ? `% ${range.from} %` : `% ${range.from}%`;
  },
};
