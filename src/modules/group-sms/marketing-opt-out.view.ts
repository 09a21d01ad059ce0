/** A customer's marketing opt-out as it now stands. */
export class MarketingOptOutView {
  id: number;
  code: string;
  marketingOptOut: boolean;
}
