/**
 * A character as five hex digits of its code point: search terms keep to [0-9a-z] so that a
 * prefix range on them is the same under any database collation.
 */
export function codePointHex(char: string): string {
  return (char.codePointAt(0) ?? 0).toString(16).padStart(5, '0');
}
