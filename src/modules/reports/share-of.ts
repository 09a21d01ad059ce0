/** `part` as a fraction of `whole` (0.25 is 25%); 0 when there is no whole. */
export function shareOf(part: number, whole: number): number {
  return whole ? part / whole : 0;
}
