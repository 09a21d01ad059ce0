import type { Principal } from '../../access/principal';
import { msg } from '../../common/i18n/msg';
import { translate } from '../../common/i18n/translate';
import { Contributes } from '../../common/registry/contributes.decorator';
import { NextCourseApi, type NextCourseReason } from '../classes/next-course.api';
import {
  PlanBriefingRegistry,
  type PlanBriefingSection,
} from '../interactions/plan-briefing.registry';
import type { ScriptSituation } from './script-situation';
import { ScriptSearchService } from './script-search.service';

/** Scripts the briefing suggests at most. */
const SUGGESTED = 5;

/** The situations that fit why the course is next, suggested before the course's others. */
const FITTING: Record<NextCourseReason, readonly ScriptSituation[]> = {
  first_course: ['first_call', 'course_intro', 'price_objection'],
  next_stage: ['course_intro', 'price_objection', 'referral'],
  rejoin: ['rejoin', 'price_objection'],
};

/**
 * The `suggestedScripts` section of the briefing (GET /api/plans/briefing): the scripts of
 * the customer's next course (NextCourseApi: TR1 for a newcomer, the stage after the one
 * they are in or graduated from, or the stage they dropped out of), those that fit why first.
 */
@Contributes(PlanBriefingRegistry)
export class ScriptsBriefing implements PlanBriefingSection {
  readonly key = 'suggestedScripts';

  constructor(
    private readonly nextCourse: NextCourseApi,
    private readonly search: ScriptSearchService,
  ) {}

  async load(customerId: number, principal: Principal) {
    if (!principal.ability.can('read', 'Script')) return null;
    const next = await this.nextCourse.forCustomer(customerId);
    if (!next) return { course: null, reason: null, reasonLabel: null, scripts: [] };
    const { id, code, name } = next.course;
    return {
      course: { id, code, name },
      reason: next.reason,
      reasonLabel: translate(msg(`scripts.nextCourse.${next.reason}`, { course: name })),
      scripts: await this.search.suggested(id, FITTING[next.reason], SUGGESTED),
    };
  }
}
