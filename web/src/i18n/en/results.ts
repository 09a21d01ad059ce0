import type { results as zh } from '../zh-cn/results';

export const results: typeof zh = {
  staff: 'Staff member',
  staffHint: 'Type a name or user name',
  mine: 'Myself',
  query: 'Show',
  period: '{from} to {to}',
  records: 'Contact records',
  completedPlans: 'Completed plans',
  recordsCount: '{count}',
  plansCount: '{count}',
  byType: 'By type',
  type: 'Type',
  removedType: '(type removed)',
  occurredAt: 'When',
  customer: 'Customer',
  channel: 'Channel',
  content: 'What was said',
  outcome: 'Outcome',
  recordsOf: 'Records of {name}',
};
