import type { ConsoleArea } from './console-area';

/** Enrolment and money (报名与收费, §4.2.2–4.2.3): receivables, payments, refunds, the closing sheet. */
export const moneyArea: ConsoleArea = {
  routes: [],
  menu: [],
};
