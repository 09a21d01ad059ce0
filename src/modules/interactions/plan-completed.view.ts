import { InteractionView, PlanView } from './interaction-views';

/** A plan completed: the plan, the record its completion wrote, and the next plan if one was made. */
export class PlanCompletedView {
  plan: PlanView;
  record: InteractionView;
  nextPlan: PlanView | null;
}
