import { InteractionView, PlanView } from './interaction-views';

/** A contact record just written, and the next plan it made, if it asked for one. */
export class InteractionCreatedView {
  record: InteractionView;
  nextPlan: PlanView | null;
}
