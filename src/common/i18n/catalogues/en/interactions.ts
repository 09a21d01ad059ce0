import type { Catalogue } from '../../catalogue';

/** English, interactions (plans, records, to-do, work) and customer care. */
export const INTERACTIONS_EN: Pick<Catalogue, 'care' | 'interactions'> = {
  care: {
    notACalendarDay: '{{date}} is not a day of the calendar.',
    notACalendarDayDetail: 'no such day',
    duplicateHolidayDate: '{{holiday}} is already on {{date}}.',
    holidayCodeOnlyForHolidays:
      'Only holiday templates have a holidayCode: leave it out for birthday and anniversary templates.',
    holidayCodeOnlyForHolidaysDetail: 'only for occasion holiday',
    duplicateTemplate:
      'There is a {{template}} template already (id {{id}}): change it with PATCH /api/admin/care/templates/{{id}}.',
    badPlaceholders:
      'The template uses what is not a placeholder: {{problems}}. Use only {{known}}.',
    unknownPlaceholder: 'unknown placeholder {{placeholder}}',
    unmatchedBrace: 'an unmatched { or }',
  },
  interactions: {
    othersPlansForbidden:
      "Only managers may list other people's plans; filter by a customer to see everyone's plans for them.",
    othersRecordsForbidden:
      "Only managers may list other people's records; filter by a customer to see everyone's contacts with them.",
    othersTodoForbidden: "Only managers may read another user's to-do.",
    othersWorkForbidden: "Only managers may read another user's work.",
    alreadyAssignee: 'The plan is already theirs: choose another colleague.',
    alreadyAssigneeDetail: 'is the current assignee',
    notYourPlan:
      'Only the person who planned this, the person doing it, or a manager may change it.',
    planClosed: 'This plan is already {{status}}.',
    planStatus: {
      open: 'open',
      done: 'done',
      cancelled: 'cancelled',
    },
    dueBeforeToday: 'The due time {{value}} lies before today; plan a time from today on.',
    dueBeforeTodayDetail: 'must not lie before today',
    cannotTakePlans:
      'User {{id}} cannot take plans: choose an active colleague who follows customers up.',
    cannotTakePlansDetail: 'must be an active account that may contact customers',
    outcomeRequired: 'A {{type}} record must say what came of it.',
    outcomeRequiredOnUpdate: 'This type of record must say what came of it.',
    outcomeRequiredDetail: 'is required for this type',
    notYourRecord: 'Only the staff member who wrote this record, or a manager, may change it.',
    recordLocked:
      'Records can be changed within 24 hours of being written; after that, ask a manager.',
    occurredInFuture:
      'A record tells what took place; {{value}} lies in the future. Plan it instead.',
    occurredInFutureDetail: 'must not lie in the future',
    typeInactive:
      'Interaction type {{id}} does not exist or is switched off. GET /api/interaction-types lists the ones in use.',
    typeInactiveDetail: 'must be an active interaction type',
    typeCodeTaken: 'An interaction type with code {{code}} already exists.',
    builtInStaysActive: '{{name}} is built in and cannot be switched off.',
    builtInStaysActiveDetail: 'built-in types stay active',
    builtInNotRemovable: '{{name}} is built in and cannot be removed.',
    typeInUse: '{{name}} is used by plans or records; switch it off (active: false) instead.',
    cycleListedTwice: '{{basis}} {{code}} is listed twice.',
    cycleListedTwiceDetail: 'listed twice',
  },
};
