/** What can be done (CASL actions). */
export type Action =
  | 'manage'
  | 'read'
  | 'create'
  | 'update'
  | 'disable'
  | 'freeze'
  | 'unfreeze'
  | 'unlock'
  | 'resetPassword'
  | 'grant'
  | 'export'
  | 'import'
  | 'delete'
  | 'restore'
  | 'erase'
  | 'transfer'
  | 'revealPhone'
  | 'monitor'
  | 'editLocked'
  | 'run'
  | 'retry'
  | 'force'
  | 'markGoldImo'
  | 'override'
  | 'reverse'
  | 'request'
  | 'approve'
  | 'plan'
  | 'upload'
  | 'organize';

/** What it is done to (CASL subjects). Business modules add theirs here. */
export type Subject =
  | 'User'
  | 'RolePolicy'
  | 'AuditLog'
  | 'Customer'
  | 'Dictionary'
  | 'Interaction'
  | 'InteractionType'
  | 'FollowUpCycle'
  | 'Job'
  | 'SmsOutbox'
  | 'Care'
  | 'CareTemplate'
  | 'SmsTemplate'
  | 'Backup'
  | 'Course'
  | 'Class'
  | 'Coach'
  | 'Enrolment'
  | 'Receivable'
  | 'Payment'
  | 'Refund'
  | 'Report'
  | 'GeneratedReport'
  | 'ReportSchedule'
  | 'Document'
  | 'Script'
  | 'Bulletin'
  | 'SmsCampaign'
  | 'all';

export interface PermissionDefinition {
  action: Action;
  subject: Subject;
  description: string;
  /**
   * Whether an admin may grant it to a single user. Some permissions belong to one role by
   * the requirements (only managers read the audit history, §3.3) and cannot be handed out.
   */
  grantable: boolean;
}

/**
 * Every permission the system knows, by key `Subject:action`. Roles, per-user grants and
 * denials are all expressed with these keys; nothing else decides who may do what.
 */
export const PERMISSION_CATALOGUE = {
  'User:read': {
    action: 'read',
    subject: 'User',
    description: 'See staff accounts',
    grantable: true,
  },
  'User:create': {
    action: 'create',
    subject: 'User',
    description: 'Create staff accounts',
    grantable: false,
  },
  'User:update': {
    action: 'update',
    subject: 'User',
    description: 'Change names, roles and contact details of accounts',
    grantable: false,
  },
  'User:disable': {
    action: 'disable',
    subject: 'User',
    description: 'Disable and re-enable accounts',
    grantable: false,
  },
  'User:freeze': {
    action: 'freeze',
    subject: 'User',
    description: 'Freeze accounts',
    grantable: true,
  },
  'User:unfreeze': {
    action: 'unfreeze',
    subject: 'User',
    description: 'Unfreeze accounts',
    grantable: true,
  },
  'User:unlock': {
    action: 'unlock',
    subject: 'User',
    description: 'Lift a sign-in lockout',
    grantable: true,
  },
  'User:resetPassword': {
    action: 'resetPassword',
    subject: 'User',
    description: 'Reset passwords',
    grantable: false,
  },
  'User:grant': {
    action: 'grant',
    subject: 'User',
    description: 'Grant and deny single permissions',
    grantable: false,
  },
  'RolePolicy:read': {
    action: 'read',
    subject: 'RolePolicy',
    description: 'See role settings',
    grantable: true,
  },
  'RolePolicy:update': {
    action: 'update',
    subject: 'RolePolicy',
    description: 'Require two-factor sign-in per role',
    grantable: false,
  },
  'AuditLog:read': {
    action: 'read',
    subject: 'AuditLog',
    description: 'Read the audit history',
    grantable: false,
  },
  'Dictionary:update': {
    action: 'update',
    subject: 'Dictionary',
    description: 'Maintain the data dictionary',
    grantable: true,
  },
  'Customer:read': {
    action: 'read',
    subject: 'Customer',
    description: 'See customers (phones masked)',
    grantable: true,
  },
  'Customer:create': {
    action: 'create',
    subject: 'Customer',
    description: 'Add customers',
    grantable: true,
  },
  'Customer:update': {
    action: 'update',
    subject: 'Customer',
    description: 'Change customers',
    grantable: true,
  },
  'Customer:revealPhone': {
    action: 'revealPhone',
    subject: 'Customer',
    description: 'Reveal a full phone number (audited)',
    grantable: true,
  },
  'Customer:import': {
    action: 'import',
    subject: 'Customer',
    description: 'Import customers from a spreadsheet',
    grantable: true,
  },
  'Customer:export': {
    action: 'export',
    subject: 'Customer',
    description: 'Export customers',
    grantable: false,
  },
  'Customer:delete': {
    action: 'delete',
    subject: 'Customer',
    description: 'Delete customers (soft)',
    grantable: false,
  },
  'Customer:restore': {
    action: 'restore',
    subject: 'Customer',
    description: 'Restore deleted customers',
    grantable: false,
  },
  'Customer:erase': {
    action: 'erase',
    subject: 'Customer',
    description: 'Erase personal data on request (PIPL)',
    grantable: false,
  },
  'Customer:transfer': {
    action: 'transfer',
    subject: 'Customer',
    description: 'Move customers between owners',
    grantable: false,
  },
  'Interaction:read': {
    action: 'read',
    subject: 'Interaction',
    description: "See plans and contact records of customers, and one's own to-do",
    grantable: true,
  },
  'Interaction:create': {
    action: 'create',
    subject: 'Interaction',
    description: 'Plan, record, delegate and complete contacts with customers',
    grantable: true,
  },
  'Interaction:monitor': {
    action: 'monitor',
    subject: 'Interaction',
    description: "Read any user's to-do, plans and work results",
    grantable: true,
  },
  'Interaction:editLocked': {
    action: 'editLocked',
    subject: 'Interaction',
    description: 'Change contact records older than 24 hours',
    grantable: false,
  },
  'InteractionType:update': {
    action: 'update',
    subject: 'InteractionType',
    description: 'Maintain custom interaction types',
    grantable: true,
  },
  'FollowUpCycle:read': {
    action: 'read',
    subject: 'FollowUpCycle',
    description: 'See the follow-up cycles',
    grantable: true,
  },
  'FollowUpCycle:update': {
    action: 'update',
    subject: 'FollowUpCycle',
    description: 'Set the follow-up cycles per level and status',
    grantable: false,
  },
  'Job:read': {
    action: 'read',
    subject: 'Job',
    description: 'See scheduled jobs and their runs',
    grantable: true,
  },
  'Job:run': {
    action: 'run',
    subject: 'Job',
    description: 'Run a scheduled job now',
    grantable: false,
  },
  'SmsOutbox:read': {
    action: 'read',
    subject: 'SmsOutbox',
    description: 'See the SMS outbox (phones masked)',
    grantable: true,
  },
  'SmsOutbox:retry': {
    action: 'retry',
    subject: 'SmsOutbox',
    description: 'Send a failed SMS again',
    grantable: false,
  },
  'Care:read': {
    action: 'read',
    subject: 'Care',
    description: 'See the care greetings queued for customers (phones masked)',
    grantable: true,
  },
  'CareTemplate:update': {
    action: 'update',
    subject: 'CareTemplate',
    description: 'Maintain care SMS templates and holiday dates',
    grantable: true,
  },
  'SmsTemplate:read': {
    action: 'read',
    subject: 'SmsTemplate',
    description: 'See SMS templates and preview them (to pick one for group SMS)',
    grantable: true,
  },
  'SmsTemplate:update': {
    action: 'update',
    subject: 'SmsTemplate',
    description: 'Maintain SMS templates (notices, reminders, group SMS)',
    grantable: true,
  },
  'Backup:read': {
    action: 'read',
    subject: 'Backup',
    description: 'See the database backups',
    grantable: false,
  },
  'Backup:create': {
    action: 'create',
    subject: 'Backup',
    description: 'Take a database backup now',
    grantable: false,
  },
  'Customer:markGoldImo': {
    action: 'markGoldImo',
    subject: 'Customer',
    description: 'Mark customers as gold IMO (top referrers)',
    grantable: true,
  },
  'Course:update': {
    action: 'update',
    subject: 'Course',
    description: 'Keep the tool courses and the fees of all courses',
    grantable: true,
  },
  'Class:read': {
    action: 'read',
    subject: 'Class',
    description: 'See classes and the course calendar',
    grantable: true,
  },
  'Class:create': {
    action: 'create',
    subject: 'Class',
    description: 'Form new classes',
    grantable: true,
  },
  'Class:update': {
    action: 'update',
    subject: 'Class',
    description: 'Change classes: dates, venue, status, staff and groups',
    grantable: true,
  },
  'Class:force': {
    action: 'force',
    subject: 'Class',
    description: 'Assign coaches over a clash, with a reason',
    grantable: true,
  },
  'Coach:read': {
    action: 'read',
    subject: 'Coach',
    description: 'See coaches and assistants and who is free',
    grantable: true,
  },
  'Coach:create': {
    action: 'create',
    subject: 'Coach',
    description: 'Register coaches and assistants',
    grantable: true,
  },
  'Coach:update': {
    action: 'update',
    subject: 'Coach',
    description: 'Change coaches and assistants and their unavailable periods',
    grantable: true,
  },
  'Enrolment:read': {
    action: 'read',
    subject: 'Enrolment',
    description: 'See class rosters (who enrolled in a class)',
    grantable: true,
  },
  'Enrolment:create': {
    action: 'create',
    subject: 'Enrolment',
    description: 'Enrol customers in classes',
    grantable: true,
  },
  'Enrolment:update': {
    action: 'update',
    subject: 'Enrolment',
    description:
      'Keep the training record: groups, staff, attendance, dropouts, returns, transfers, graduation',
    grantable: true,
  },
  'Enrolment:override': {
    action: 'override',
    subject: 'Enrolment',
    description: 'Enrol a customer who has not graduated the stage before, with a reason',
    grantable: false,
  },
  'Receivable:read': {
    action: 'read',
    subject: 'Receivable',
    description: 'See the fees and payments of the students one enrolled',
    grantable: true,
  },
  'Receivable:plan': {
    action: 'plan',
    subject: 'Receivable',
    description: 'Split the fees one may see into instalments (回款计划)',
    grantable: true,
  },
  'Receivable:monitor': {
    action: 'monitor',
    subject: 'Receivable',
    description: "See everyone's fees, payments and the finance totals",
    grantable: true,
  },
  'Payment:create': {
    action: 'create',
    subject: 'Payment',
    description: 'Record payments received (回款登记)',
    grantable: true,
  },
  'Payment:reverse': {
    action: 'reverse',
    subject: 'Payment',
    description: 'Reverse a wrongly recorded payment, with a reason',
    grantable: false,
  },
  'Refund:request': {
    action: 'request',
    subject: 'Refund',
    description: 'Submit written refund requests for the students one may see the money of',
    grantable: true,
  },
  'Refund:approve': {
    action: 'approve',
    subject: 'Refund',
    description: 'Approve (and pay out) or reject refund requests of others',
    grantable: false,
  },
  'Report:read': {
    action: 'read',
    subject: 'Report',
    description:
      'Open the reports catalogue and run the reports one may (each also asks for the permission its figures need)',
    grantable: true,
  },
  'GeneratedReport:read': {
    action: 'read',
    subject: 'GeneratedReport',
    description:
      'List and download the stored report files (stage-one rosters hold phones: managers only)',
    grantable: false,
  },
  'GeneratedReport:create': {
    action: 'create',
    subject: 'GeneratedReport',
    description: 'Render and store report files now (PDF and Excel)',
    grantable: false,
  },
  'ReportSchedule:update': {
    action: 'update',
    subject: 'ReportSchedule',
    description: 'See and define the schedules that render reports to files',
    grantable: false,
  },
  'Document:read': {
    action: 'read',
    subject: 'Document',
    description:
      "Open the document library and download the documents shown to one's role (资料库)",
    grantable: true,
  },
  'Document:upload': {
    action: 'upload',
    subject: 'Document',
    description:
      'Upload documents to the library, and change, version or delete the ones one uploaded',
    grantable: true,
  },
  'Document:organize': {
    action: 'organize',
    subject: 'Document',
    description: "Create, rename and delete the library's folders",
    grantable: true,
  },
  'Document:monitor': {
    action: 'monitor',
    subject: 'Document',
    description: "See every document whoever it is shown to, and change or delete anyone's",
    grantable: false,
  },
  'Script:read': {
    action: 'read',
    subject: 'Script',
    description: 'Read the script library and its versions, and the reading list for new staff',
    grantable: true,
  },
  'Script:update': {
    action: 'update',
    subject: 'Script',
    description: 'Write, change and delete scripts of the script library',
    grantable: true,
  },
  'Bulletin:read': {
    action: 'read',
    subject: 'Bulletin',
    description: "Read the bulletin board: the notices for one's role and the course calendar",
    grantable: true,
  },
  'Bulletin:create': {
    action: 'create',
    subject: 'Bulletin',
    description: "Post notices; change or withdraw one's own and see who has not read them",
    grantable: true,
  },
  'Bulletin:monitor': {
    action: 'monitor',
    subject: 'Bulletin',
    description: "Change or withdraw anyone's notices and see who has not read them",
    grantable: false,
  },
  'SmsCampaign:read': {
    action: 'read',
    subject: 'SmsCampaign',
    description: "See group SMS campaigns and their progress (one's own unless one may approve)",
    grantable: true,
  },
  'SmsCampaign:create': {
    action: 'create',
    subject: 'SmsCampaign',
    description:
      "Create, preview, start and cancel group SMS to the customers one's list shows or a class roster",
    grantable: true,
  },
  'SmsCampaign:approve': {
    action: 'approve',
    subject: 'SmsCampaign',
    description: 'Approve or reject (and cancel) large group SMS of others',
    grantable: false,
  },
} as const satisfies Record<string, PermissionDefinition>;

export type PermissionKey = keyof typeof PERMISSION_CATALOGUE;

export function isPermissionKey(key: string): key is PermissionKey {
  return Object.prototype.hasOwnProperty.call(PERMISSION_CATALOGUE, key);
}
