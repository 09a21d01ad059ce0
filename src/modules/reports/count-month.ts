/** One month of a count's period: `YYYY-MM` and the instant it ends (business time zone). */
export interface CountMonth {
  readonly key: string;
  readonly end: Date;
}
