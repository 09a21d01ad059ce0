import { managersHome } from '../views/reports/managers-home';
import type { ConsoleArea } from './console-area';

/**
 * The daily work with customers (§4): the to-do workspace, plans with their briefing,
 * contact records, and the inbox. The workbench opens for everyone (it is the start page);
 * it shows the to-do to those who follow customers up.
 */
export const workbenchArea: ConsoleArea = {
  routes: [
    {
      path: '',
      name: 'workbench',
      component: () => import('../views/workbench/WorkbenchView.vue'),
      meta: { title: 'nav.workbench' },
      // managers start on the dashboard (reports area)
      beforeEnter: managersHome,
    },
    {
      path: 'plans/new',
      name: 'plan-new',
      component: () => import('../views/plans/PlanNewView.vue'),
      meta: { title: 'workbench.newPlan.title', permission: ['create', 'Interaction'] },
    },
    {
      path: 'plans/:id(\\d+)',
      name: 'plan',
      component: () => import('../views/plans/PlanDetailView.vue'),
      props: true,
      meta: { title: 'workbench.plan.pageTitle', permission: ['read', 'Interaction'] },
    },
    {
      path: 'records',
      name: 'records',
      component: () => import('../views/records/RecordListView.vue'),
      meta: { title: 'nav.records', permission: ['read', 'Interaction'] },
    },
    {
      path: 'records/:id(\\d+)',
      name: 'record',
      component: () => import('../views/records/RecordDetailView.vue'),
      props: true,
      meta: { title: 'workbench.record.pageTitle', permission: ['read', 'Interaction'] },
    },
    {
      path: 'notifications',
      name: 'notifications',
      component: () => import('../views/notifications/NotificationsView.vue'),
      meta: { title: 'nav.notifications' },
    },
  ],
  menu: [
    { label: 'nav.workbench', to: '/' },
    { label: 'nav.records', to: '/records', permission: ['read', 'Interaction'] },
    { label: 'nav.notifications', to: '/notifications' },
  ],
};
