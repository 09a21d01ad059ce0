import type { Catalogue } from '../../catalogue';

/** English, courses and classes (§9.1, §9.2). */
export const CLASSES_EN: Pick<Catalogue, 'courses' | 'classes'> = {
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
  classes: {
    termTaken: '{{course}} already has a term {{term}}; choose another term number.',
    termTakenDetail: 'this course already has this term',
    datesOutOfOrder: "The class's dates are out of order: {{problems}}.",
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
