/**
 * The kinds of record the audit history names (`entityType`). Typed, so that a new module
 * adds its kind here, and the API document lists them for the audit filter.
 */
export const AUDIT_ENTITY_TYPES = [
  'Backup',
  'BulletinNotice',
  'CareTemplate',
  'Class',
  'Coach',
  'Enrolment',
  'Receivable',
  'RefundRequest',
  'Course',
  'Customer',
  'Dictionary',
  'Document',
  'DocumentFolder',
  'FollowUpCycle',
  'HolidayDate',
  'Interaction',
  'InteractionType',
  'Job',
  'Notification',
  'Plan',
  'Report',
  'GeneratedReport',
  'ReportSchedule',
  'RolePolicy',
  'Script',
  'SmsMessage',
  'SmsCampaign',
  'SmsTemplate',
  'User',
] as const;

export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
