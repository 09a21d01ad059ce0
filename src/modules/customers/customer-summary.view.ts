/** A customer as other records show it beside themselves: who, with the mobile masked. */
export class CustomerSummaryView {
  id: number;
  code: string;
  name: string;
  /** masked; null once erased */
  mobile: string | null;
  ownerId: number | null;
  deleted: boolean;
}
