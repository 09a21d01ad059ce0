import type { Catalogue } from '../../catalogue';

/** English, the platform: common words, entities, errors, HTTP, dates and money, jobs, idempotency. */
export const PLATFORM_EN: Pick<
  Catalogue,
  'common' | 'entities' | 'errors' | 'idempotency' | 'calendar' | 'money' | 'http' | 'jobs'
> = {
  common: {
    notFound: 'The {{what}} was not found; it may have been deleted.',
    notFoundWithId: 'There is no {{what}} with id {{id}}.',
    staleVersion:
      'This {{what}} was changed by someone else since you loaded it. Reload and try again.',
    periodEmpty: 'The period is empty: "from" must be before "to".',
    mustBeBeforeTo: 'must be before to',
    beijingTime: 'Beijing time',
  },
  entities: {
    report: 'report',
    enrolment: 'enrolment',
    payment: 'payment',
    refund: 'refund request',
    receivable: 'receivable',
    coach: 'coach',
    coachUnavailability: 'unavailable period',
    account: 'account',
    careTemplate: 'care template',
    course: 'course',
    trainingClass: 'class',
    customer: 'customer',
    dictionaryEntry: 'dictionary entry',
    file: 'file',
    holidayDate: 'holiday date',
    interactionType: 'interaction type',
    job: 'job',
    notification: 'notification',
    plan: 'plan',
    record: 'record',
    smsMessage: 'SMS message',
  },
  errors: {
    duplicate: 'A record with the same unique value already exists.',
    internal:
      'Something went wrong on our side. Please try again; if it keeps happening, give the administrator this reference: {{reference}}.',
    noRoute: 'There is no {{method}} {{path}} in this API.',
    noRouteOutsideApi: 'There is no {{method}} {{path}} here: the API is under /api.',
    unauthenticated: 'Sign in first: this request needs a valid access token.',
    forbidden: 'You do not have permission to do this.',
    unavailable: 'The service is unavailable right now.',
    databaseBusy:
      'The database is busy (another program is writing to it). Try again in {{seconds}} seconds; nothing of this request was saved.',
    databaseUnavailable:
      'The connection to the database was lost. Try again in {{seconds}} seconds (reload first to see whether the change was saved).',
    methodNotAllowed: 'This address does not accept {{method}} requests.',
    requestRefused: 'The request could not be processed.',
    badUrl: 'The address contains a malformed %-escape.',
    pathTooLong: 'A parameter in the address is too long.',
    bodyTooLarge: 'The request body is larger than allowed.',
    unsupportedMediaType: 'Send the request body as JSON (Content-Type: application/json).',
    emptyJson: 'The request says it carries JSON but its body is empty.',
    badContentLength: 'The request body is shorter or longer than its Content-Length says.',
    invalidJson: 'The request body is not valid JSON.',
    unreadableRequest: 'The request could not be read.',
  },
  idempotency: {
    keyInvalid:
      'The Idempotency-Key header is not valid: use 1 to 255 visible ASCII characters (a UUID, say).',
    keyReused:
      'This Idempotency-Key was used for a different request; use a new key for a new request.',
    inProgress:
      'A request with the same Idempotency-Key is being carried out, or was carried out and its answer lost; reload to see the result instead of sending it again.',
  },
  calendar: {
    periodReversed: 'The period starts ({{from}}) after it ends ({{to}}).',
    periodReversedDetail: 'must not be after to',
    toBeforeFromDetail: 'must not be before from',
    periodTooLong: 'Choose a period of at most {{days}} days; the reports cover longer ones.',
    periodTooLongDetail: 'period longer than {{days}} days',
    notCalendarDates: 'from and to must be real calendar dates.',
    notCalendarDateDetail: 'not a calendar date',
    periodBeforeStart: 'The period is empty: "to" ({{to}}) is before {{from}}.',
    periodBeforeStartDetail: 'must not be before from (or today)',
  },
  money: {
    fen: 'must be a whole amount in fen (123450 is ¥1,234.50), from {{min}} to {{max}} fen',
  },
  http: {
    tooDeep:
      'The request nests objects or lists more than {{depth}} levels deep; no field of this API needs that.',
    tooDeepDetail: 'nested more than {{depth}} levels deep',
    nulByte:
      '"{{field}}" contains a NUL character (\\u0000), which no text may hold. Remove it and send again.',
    nulByteDetail: 'contains a NUL character',
    loneSurrogate:
      '"{{field}}" contains a broken character (a lone UTF-16 surrogate). Type or paste the text again.',
    loneSurrogateDetail: 'contains a broken character (lone surrogate)',
    badId: '"{{value}}" is not a valid id: use a positive whole number.',
    badIdDetail: 'must be a positive whole number',
    badSort: 'Cannot sort by "{{name}}". Sort by one of: {{fields}}.',
    badSortDetail: 'unknown sort field {{name}}',
  },
  jobs: {
    unknown: 'There is no job named "{{name}}". Known jobs: {{known}}.',
  },
};
