import type { CustomerFilter } from '../customers/customer-campaigns.api';

/** The customer list's filters a campaign keeps (the list's query string names and values). */
export type CampaignFilter = CustomerFilter;
