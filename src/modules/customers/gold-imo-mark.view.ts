/** A customer's 金牌 IMO mark (§1.2 c): set by hand by a manager. */
export class GoldImoMarkView {
  markedAt: Date;
  /** the manager who marked them */
  markedById: number | null;
}
