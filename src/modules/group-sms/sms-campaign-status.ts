/**
 * Where a group SMS is: a draft; above the approval limit, awaiting a second manager and then
 * approved (or rejected); queuing (the job pages through its recipients into the outbox);
 * sending (all queued, the dispatcher sends them); done (none left to send); cancelled.
 */
export const SMS_CAMPAIGN_STATUSES = [
  'draft',
  'awaiting_approval',
  'approved',
  'rejected',
  'queuing',
  'sending',
  'done',
  'cancelled',
] as const;
export type SmsCampaignStatus = (typeof SMS_CAMPAIGN_STATUSES)[number];

/** The statuses a campaign may still be cancelled in. */
export const CANCELLABLE: readonly SmsCampaignStatus[] = [
  'draft',
  'awaiting_approval',
  'approved',
  'queuing',
  'sending',
];

/** Who a campaign goes to: customers chosen by the list's filters, or a class's roster. */
export const SMS_CAMPAIGN_AUDIENCES = ['customers', 'class'] as const;
export type SmsCampaignAudience = (typeof SMS_CAMPAIGN_AUDIENCES)[number];
