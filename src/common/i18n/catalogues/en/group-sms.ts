import type { Catalogue } from '../../catalogue';

/** English, group SMS (§1.2 j). */
export const GROUP_SMS_EN: Pick<Catalogue, 'groupSms'> = {
  groupSms: {
    entity: 'group SMS',
    audience:
      'Name the recipients one way: audience customers with filter (the customer list’s filters), or audience class with classId.',
    notForAudience: 'does not go with the chosen audience',
    classRequired: 'classId is required for a class’s roster',
    mayNotListCustomers:
      'You may not see the customer list, so you cannot text customers by its filters.',
    mayNotReadRoster: 'You may not see class rosters, so you cannot text a class.',
    noTemplate: 'SMS template {{id}} does not exist or is not of kind group or notice.',
    noTemplateDetail: 'no group or notice SMS template of this id',
    awaitingApproval:
      'This group SMS has {{count}} recipients, more than {{limit}}: it awaits another manager’s approval before it can be sent.',
    notStartable: 'The group SMS is “{{status}}” and cannot be started.',
    notAwaiting: 'The group SMS is “{{status}}”, not awaiting approval.',
    notCancellable: 'The group SMS is “{{status}}” and cannot be cancelled.',
    ownApproval: 'You cannot approve or reject a group SMS you created: another manager must.',
    changedMeanwhile: 'Someone changed this group SMS just now: refresh and try again.',
    notify: {
      awaitingTitle: 'Group SMS “{{name}}” awaits your approval',
      awaitingBody:
        '{{by}} made a group SMS to {{count}} recipients; another manager must approve it before it is sent.',
      approvedTitle: 'Group SMS “{{name}}” was approved',
      approvedBody: '{{by}} approved it: it may be started now.',
      rejectedTitle: 'Group SMS “{{name}}” was rejected',
      rejectedBody: '{{by}} rejected it: {{reason}}',
      missing: 'This group SMS no longer exists',
    },
    status: {
      draft: 'draft',
      awaiting_approval: 'awaiting approval',
      approved: 'approved',
      rejected: 'rejected',
      queuing: 'queuing',
      sending: 'sending',
      done: 'done',
      cancelled: 'cancelled',
    },
  },
};
