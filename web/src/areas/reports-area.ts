import type { ConsoleArea } from './console-area';

/** Reports (报表, §8): the catalogue, generated stage-one reports and the managers' dashboard. */
export const reportsArea: ConsoleArea = {
  routes: [
    {
      path: 'dashboard',
      name: 'dashboard',
      component: () => import('../views/reports/DashboardView.vue'),
      meta: { title: 'reports.nav.dashboard', permission: ['read', 'Report'] },
    },
    {
      path: 'reports',
      name: 'reports',
      component: () => import('../views/reports/ReportCatalogueView.vue'),
      meta: { title: 'reports.nav.catalogue', permission: ['read', 'Report'] },
    },
    {
      path: 'reports/generated',
      name: 'generated-reports',
      component: () => import('../views/reports/GeneratedReportsView.vue'),
      meta: { title: 'reports.nav.generated', permission: ['read', 'GeneratedReport'] },
    },
    {
      path: 'reports/:reportKey([a-z][a-z0-9-]*)',
      name: 'report',
      component: () => import('../views/reports/ReportRunView.vue'),
      props: true,
      meta: { title: 'reports.nav.catalogue', permission: ['read', 'Report'] },
    },
    {
      path: 'admin/report-schedules',
      name: 'report-schedules',
      component: () => import('../views/reports/ReportSchedulesView.vue'),
      meta: { title: 'reports.nav.schedules', permission: ['update', 'ReportSchedule'] },
    },
  ],
  menu: [
    { label: 'reports.nav.dashboard', to: '/dashboard', permission: ['read', 'Report'] },
    { label: 'reports.nav.catalogue', to: '/reports', permission: ['read', 'Report'] },
    {
      label: 'reports.nav.generated',
      to: '/reports/generated',
      permission: ['read', 'GeneratedReport'],
    },
    {
      label: 'reports.nav.schedules',
      to: '/admin/report-schedules',
      permission: ['update', 'ReportSchedule'],
      admin: true,
    },
  ],
};
