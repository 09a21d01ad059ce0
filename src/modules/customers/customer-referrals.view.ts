import { CustomerListItem } from './customer-view';

/** The customer a referral tree starts from. */
export class ReferralRootView {
  id: number;
  code: string;
  name: string;
}

/** The customers introduced at one level below the root. */
export class ReferralLevelView {
  /** 1 = introduced by the root, 2 = by those, … */
  level: number;
  customers: CustomerListItem[];
  /** more were introduced at this level than are listed */
  truncated: boolean;
}

/** Everyone a customer introduced, level by level. */
export class CustomerReferralsView {
  customer: ReferralRootView;
  total: number;
  levels: ReferralLevelView[];
}
