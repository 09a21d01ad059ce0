/**
 * A list of this code's own constants (statuses, kinds) as SQL string literals, for an
 * `IN (…)` written into a statement built once: the same text on every driver, and no
 * parameters to bind. Refuses anything but plain lower-case words, so input can't get in.
 */
export function sqlLiteralList(values: readonly string[]): string {
  for (const value of values) {
    if (!/^[a-z_]+$/.test(value)) throw new Error(`sqlLiteralList: not a constant: ${value}`);
  }
  return values.map((value) => `'${value}'`).join(', ');
}
