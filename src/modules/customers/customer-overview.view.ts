import { CustomerListItem, CustomerView } from './customer-view';
import type { TrackedField } from './entities/customer-status-change.entity';

/**
 * One change of a tracked field (the stored row without its relation: the entity would
 * bring the customer, and with it the owner's account, into the document).
 */
export class StatusChangeView {
  id: number;
  customerId: number;
  field: TrackedField;
  fromValue: string | null;
  toValue: string | null;
  changedById: number | null;
  changedAt: Date;
}

/** The first customers this one introduced, and how many in all. */
export class DirectReferralsView {
  total: number;
  customers: CustomerListItem[];
}

/**
 * The customer 360 view: the profile, who they brought in, how their status moved, and the
 * sections other modules contribute by key (customer-overview.registry.ts), e.g. `plans`
 * and `interactions`.
 */
export class CustomerOverviewView {
  profile: CustomerView;
  referrals: DirectReferralsView;
  /** newest first */
  statusHistory: StatusChangeView[];
  /** by section key; a section is null when the reader may not see it */
  sections: Record<string, unknown>;
}
