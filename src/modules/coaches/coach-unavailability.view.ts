/** A period a coach declared they cannot serve. */
export class CoachUnavailabilityView {
  id: number;
  coachId: number;
  /** `YYYY-MM-DD`, both days included */
  fromDate: string;
  toDate: string;
  reason: string | null;
  createdById: number | null;
  createdAt: Date;
}
