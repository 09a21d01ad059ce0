import type { RouteRecordRaw } from 'vue-router';
import type { ConsoleArea, MenuEntry, Permission } from './console-area';

interface AdminPage {
  path: string;
  name: string;
  /** nav catalogue key */
  label: string;
  permission: Permission;
  component: RouteRecordRaw['component'];
}

/**
 * 系统管理: accounts, roles, settings, jobs, the SMS outbox and the audit history. Each page
 * needs the permission its list route needs on the server, so its menu entry shows exactly
 * to those the server would answer (managers see users, cycles, the outbox and the audit log).
 */
const pages: AdminPage[] = [
  {
    path: 'admin/users',
    name: 'admin-users',
    label: 'nav.users',
    permission: ['read', 'User'],
    component: () => import('../views/admin/UsersView.vue'),
  },
  {
    path: 'admin/roles',
    name: 'admin-roles',
    label: 'nav.roles',
    permission: ['read', 'RolePolicy'],
    component: () => import('../views/admin/RolesView.vue'),
  },
  {
    path: 'admin/dictionary',
    name: 'admin-dictionary',
    label: 'nav.dictionary',
    permission: ['update', 'Dictionary'],
    component: () => import('../views/admin/DictionaryView.vue'),
  },
  {
    path: 'admin/interaction-types',
    name: 'admin-interaction-types',
    label: 'nav.interactionTypes',
    permission: ['update', 'InteractionType'],
    component: () => import('../views/admin/InteractionTypesView.vue'),
  },
  {
    path: 'admin/follow-up-cycles',
    name: 'admin-follow-up-cycles',
    label: 'nav.followUpCycles',
    permission: ['read', 'FollowUpCycle'],
    component: () => import('../views/admin/FollowUpCyclesView.vue'),
  },
  {
    path: 'admin/care-templates',
    name: 'admin-care-templates',
    label: 'nav.careTemplates',
    permission: ['update', 'CareTemplate'],
    component: () => import('../views/admin/CareTemplatesView.vue'),
  },
  {
    path: 'admin/holidays',
    name: 'admin-holidays',
    label: 'nav.holidays',
    permission: ['update', 'CareTemplate'],
    component: () => import('../views/admin/HolidaysView.vue'),
  },
  {
    path: 'admin/jobs',
    name: 'admin-jobs',
    label: 'nav.jobs',
    permission: ['read', 'Job'],
    component: () => import('../views/admin/JobsView.vue'),
  },
  {
    path: 'admin/sms-outbox',
    name: 'admin-sms-outbox',
    label: 'nav.smsOutbox',
    permission: ['read', 'SmsOutbox'],
    component: () => import('../views/admin/SmsOutboxView.vue'),
  },
  {
    path: 'admin/audit',
    name: 'admin-audit',
    label: 'nav.audit',
    permission: ['read', 'AuditLog'],
    component: () => import('../views/admin/AuditLogView.vue'),
  },
];

export const adminArea: ConsoleArea = {
  routes: [
    ...pages.map((page): RouteRecordRaw => ({
      path: page.path,
      name: page.name,
      component: page.component!,
      meta: { title: page.label, permission: page.permission },
    })),
    {
      path: 'admin/users/:id(\\d+)',
      name: 'admin-user',
      component: () => import('../views/admin/UserDetailView.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { title: 'nav.users', permission: ['read', 'User'] },
    },
  ],
  menu: pages.map((page): MenuEntry => ({
    label: page.label,
    to: `/${page.path}`,
    permission: page.permission,
    admin: true,
  })),
};
