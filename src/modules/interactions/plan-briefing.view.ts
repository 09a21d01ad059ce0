import { InteractionView, PlanView } from './interaction-views';

/** What to know before planning a contact: the customer's open plans and latest records, from anyone. */
export class PlanBriefingView {
  openPlans: PlanView[];
  recentRecords: InteractionView[];
}
