import type { Catalogue } from '../../catalogue';

/** English, courses and classes (§9.1, §9.2). */
export const CLASSES_EN: Pick<Catalogue, 'courses' | 'coaches' | 'classes'> = {
  courses: {
    codeTaken: 'The course code {{code}} is taken; choose another.',
    mainLineFixed:
      '{{name}} is on the main line (stage one TR1 → stage two TR2 → stage three TA): main-line courses cannot be renamed, re-ordered, re-staged, retired or removed; only their default fee and description can change.',
    mainLineFixedDetail: 'fixed on a main-line course',
    stageFixed: "A course's stage cannot change: only the three main-line courses have one.",
    inUse:
      'The course {{name}} has classes and cannot be removed; retire it instead (active false). Its classes stay as they are.',
    tooMany:
      'There are already {{limit}} courses, the most allowed: remove or retire tool courses no longer run.',
    retired:
      'The course {{name}} is retired and takes no new classes: reactivate it, or choose another course.',
    retiredDetail: 'the course is retired',
  },
  coaches: {
    inactive: 'Coach {{id}} is no longer active and cannot be assigned.',
    cannotServeAs: 'Coach {{id}} is not registered to serve as {{kind}}.',
    cannotServe: 'Some coaches cannot serve as asked: see details.',
    internalOrExternal:
      'Give either customerId (an internal coach: the customer record of a former student) or name and mobile (an external one), not both.',
    externalNeedsNameAndMobile: 'An external coach needs a name and a mobile number.',
    requiredForExternal: 'required for an external coach',
    fromCustomerRecord:
      "An internal coach's name, phone and organisation come from their customer record: change them there.",
    fromCustomerRecordDetail: 'comes from the customer record',
    alreadyCoach: 'This customer is already a coach (id {{id}}).',
    periodReversed: 'An unavailable period cannot end before it starts.',
    unavailabilityNotFound: 'This coach has no unavailable period with id {{id}}.',
    kinds: {
      assistant: 'assistant',
      coach: 'coach',
      forward_assistant: 'forward assistant',
      interview_coach: 'interview coach',
      guest_speaker: 'guest speaker',
    },
  },
  classes: {
    schedulePeriod:
      'The schedule runs from "from" to "to", at most {{days}} days, and "to" cannot be before "from".',
    feedTokenInvalid:
      'This calendar address is not valid or was revoked: make a new one in the system.',
    feedName: 'Course schedule',
    feedEvent: '{{course}} term {{term}}',
    feedHeadCoach: 'Head coach: {{name}}',
    availabilityPeriod:
      'The period runs from "from" to "to", at most {{days}} days, and "to" cannot be before "from".',
    tooLong: 'a class lasts at most {{days}} days',
    duplicateStaff: 'a coach takes one role on a class',
    staffClash:
      "{{coach}}'s time clashes: {{clashes}}. Choose someone else or move the dates; a manager may assign them anyway with a reason (forceReason).",
    clashWithClass: '{{course}} term {{term}} ({{from}} to {{to}})',
    clashWithUnavailability: 'a declared unavailable period ({{from}} to {{to}}{{reason}})',
    forceForbidden: 'Only managers may assign coaches over a clash.',
    notAnAssistant:
      "A group's assistant must be an assistant on the class's staff: assign them there first.",
    notAnAssistantDetail: 'not an assistant of this class',
    unknownGroup: 'This class has no group with id {{id}}.',
    termTaken: '{{course}} already has a term {{term}}; choose another term number.',
    termTakenDetail: 'this course already has this term',
    datesOutOfOrder: "The class's dates are wrong: {{problems}}.",
    endBeforeStart: 'the end date cannot be before the start date',
    firstWeekOutside: 'the first week must be between the start and end dates',
    lastWeekOutside: 'the last week must be between the start and end dates',
    lastWeekBeforeFirst: 'the last week cannot be before the first week',
    badRegion: "The venue's province or city is not valid: choose one from GET /api/regions.",
    badRegionDetail: 'not a region code, or the city is not in the province',
    badTransition: 'The class is "{{from}}" and cannot become "{{to}}". {{allowed}}',
    allowedNext: 'It can become: {{statuses}}.',
    noNext: 'The class is {{from}}; its status can no longer change.',
    closed: 'The class is {{status}}: only its notes can change.',
    closedDetail: 'the class has finished or was cancelled',
    status: {
      planning: 'planning',
      enrolling: 'enrolling',
      running: 'running',
      finished: 'finished',
      cancelled: 'cancelled',
    },
  },
};
