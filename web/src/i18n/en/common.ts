import type { common as zh, errors as zhErrors } from '../zh-cn/common';

export const common: typeof zh = {
  appName: 'Training CRM',
  save: 'Save',
  cancel: 'Cancel',
  confirm: 'OK',
  search: 'Search',
  reset: 'Reset',
  edit: 'Edit',
  delete: 'Delete',
  create: 'New',
  back: 'Back',
  loading: 'Loading…',
  className: '{course} term {term}',
  classStarting: '{course} term {term} (starts {start})',
  pickClass: 'Choose a class',
  noClasses: 'No classes',
  empty: 'Nothing here',
  actions: 'Actions',
  yes: 'Yes',
  no: 'No',
  saved: 'Saved',
  language: '中文',
  customerSearch: 'Name, pinyin, initials or 4+ phone digits',
  pageSize: 'Rows per page',
  menu: 'Menu',
};

export const errors: typeof zhErrors = {
  network: 'The server cannot be reached: check the network and try again.',
  unexpected: 'The server answered unexpectedly ({status}); try again later.',
  forbiddenPage: 'You may not see this page.',
  notFoundPage: 'There is no such page.',
};
