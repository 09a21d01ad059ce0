/**
 * A `LIKE` pattern that matches `text` anywhere, with the user's own % and _ taken literally.
 * Use with `ESCAPE '\'`, which all three databases understand.
 */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}
