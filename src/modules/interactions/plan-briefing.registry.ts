import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';
import { Registry } from '../../common/registry/registry';

/** One section of the briefing read before planning a contact, contributed by another module. */
export interface PlanBriefingSection {
  /** the key of the section in the briefing's `sections`, e.g. `suggestedScripts` */
  key: string;
  /** what the section shows for one customer; null when the reader may not see it */
  load(customerId: number, principal: Principal): Promise<unknown>;
}

/**
 * The extension point of the briefing (GET /api/plans/briefing, §4.1.2): the script library
 * suggests what to say, and later modules may add what helps before a call, without this
 * module importing theirs. To add one, write a `<section>.briefing.ts` class implementing
 * PlanBriefingSection, marked `@Contributes(PlanBriefingRegistry)`.
 */
@Injectable()
export class PlanBriefingRegistry extends Registry<PlanBriefingSection> {
  constructor() {
    super('Briefing section', (section) => section.key);
  }
}
