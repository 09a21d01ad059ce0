import type { components } from '../../api/schema';

type Schemas = components['schemas'];

/*
 * The 360 view's sections come typed `unknown` in the API document: each module contributes
 * its own by key (CustomerOverviewRegistry). These are the shapes of the two the page shows,
 * as src/modules/interactions/plans.overview.ts and interactions.overview.ts return them,
 * built from the document's own views. A section is null for a reader who may not see it.
 */

export interface PlansSection {
  open: Schemas['PlanView'][];
  openCount: number;
  closedCount: number;
}

export interface RecordsSection {
  total: number;
  lastContactAt: string | null;
  latest: Schemas['InteractionView'][];
}

export function plansSection(sections: Record<string, unknown>): PlansSection | null {
  return (sections.plans as PlansSection | null | undefined) ?? null;
}

export function recordsSection(sections: Record<string, unknown>): RecordsSection | null {
  return (sections.interactions as RecordsSection | null | undefined) ?? null;
}
