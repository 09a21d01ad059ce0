/** What customer care needs to know of a person (§4.2.6). */
export interface CustomerCare {
  /** named days to greet, e.g. a wedding anniversary: `MM-DD` */
  anniversaries: { name: string; date: string }[];
  /** holiday codes of the dictionary this person gets no greeting for */
  excludedHolidays: string[];
  /** no care messages at all */
  smsOptOut: boolean;
  familyNotes: string | null;
}
