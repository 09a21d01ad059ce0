import { InteractionView, PlanView } from './interaction-views';

/**
 * What to know before planning a contact: the customer's open plans and latest records, from
 * anyone, and the sections other modules contribute by key (plan-briefing.registry.ts), e.g.
 * `suggestedScripts`: the scripts of the customer's next course.
 */
export class PlanBriefingView {
  openPlans: PlanView[];
  recentRecords: InteractionView[];
  /** by section key; a section is null when the reader may not see it */
  sections: Record<string, unknown>;
}
