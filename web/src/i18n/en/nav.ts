import type { nav as zh } from '../zh-cn/nav';

export const nav: typeof zh = {
  workbench: 'Workbench',
  customers: 'Customers',
  plans: 'Plans',
  records: 'Records',
  results: 'Work results',
  care: 'Care',
  notifications: 'Notifications',
  admin: 'Administration',
  users: 'Users',
  roles: 'Role settings',
  dictionary: 'Dictionary',
  interactionTypes: 'Interaction types',
  followUpCycles: 'Follow-up cycles',
  careTemplates: 'Care templates',
  holidays: 'Holiday dates',
  jobs: 'Jobs',
  smsOutbox: 'SMS outbox',
  audit: 'Audit log',
};
