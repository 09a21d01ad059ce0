/** Whole years from a `YYYY-MM-DD` birthday to a `YYYY-MM-DD` day (a leap-day birthday counts on 1 March). */
export function ageOn(birthday: string, day: string): number {
  const [by, bm, bd] = birthday.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
