import { PlanView } from './interaction-views';

/**
 * A plan just made, with the other open plans of the same kind for the same customer that
 * day: `duplicate` warns the planner that a colleague may already call them.
 */
export class PlanCreatedView {
  plan: PlanView;
  duplicate: boolean;
  sameDayPlans: PlanView[];
}
