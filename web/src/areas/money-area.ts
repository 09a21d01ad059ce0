import type { ConsoleArea } from './console-area';

/** Enrolment and money (报名与收费, §4.2.2–4.2.3): receivables, payments, refunds, the closing sheet. */
export const moneyArea: ConsoleArea = {
  routes: [
    {
      // `?customerId=` (the customer page links here) or `?classId=` chooses one side
      path: 'enrolments/new',
      name: 'enrolment-new',
      component: () => import('../views/money/EnrolmentNewView.vue'),
      meta: { title: 'money.enrol.title', permission: ['create', 'Enrolment'] },
    },
    {
      // filters in the query: status, overdue, customerId, from, to, page
      path: 'receivables',
      name: 'receivables',
      component: () => import('../views/money/ReceivableListView.vue'),
      meta: { title: 'money.list.title', permission: ['read', 'Receivable'] },
    },
    {
      path: 'receivables/:id(\\d+)',
      name: 'receivable',
      component: () => import('../views/money/ReceivablePageView.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { title: 'money.detail.title', permission: ['read', 'Receivable'] },
    },
    {
      path: 'refunds',
      name: 'refunds',
      component: () => import('../views/money/RefundListView.vue'),
      meta: { title: 'money.refunds.title', permission: ['read', 'Receivable'] },
    },
    {
      // `?day=YYYY-MM-DD`, today when left out
      path: 'closing-sheet',
      name: 'closing-sheet',
      component: () => import('../views/money/ClosingSheetView.vue'),
      meta: { title: 'money.closing.title', permission: ['monitor', 'Receivable'] },
    },
  ],
  menu: [
    { label: 'money.nav.enrol', to: '/enrolments/new', permission: ['create', 'Enrolment'] },
    { label: 'money.nav.receivables', to: '/receivables', permission: ['read', 'Receivable'] },
    { label: 'money.nav.refunds', to: '/refunds', permission: ['read', 'Receivable'] },
    {
      label: 'money.nav.closingSheet',
      to: '/closing-sheet',
      permission: ['monitor', 'Receivable'],
    },
  ],
};
