import type { ConsoleArea } from './console-area';

/** The bulletin board, script library, document library, group SMS and SMS templates (§7). */
export const boardsArea: ConsoleArea = {
  routes: [
    {
      path: 'bulletin',
      name: 'bulletin',
      component: () => import('../views/boards/bulletin/BulletinView.vue'),
      meta: { title: 'boards.nav.bulletin', permission: ['read', 'Bulletin'] },
    },
    {
      path: 'bulletin/manage',
      name: 'bulletin-manage',
      component: () => import('../views/boards/bulletin/BulletinManageView.vue'),
      meta: { title: 'boards.nav.bulletinManage', permission: ['create', 'Bulletin'] },
    },
    {
      path: 'bulletin/:id(\\d+)',
      name: 'bulletin-notice',
      component: () => import('../views/boards/bulletin/NoticeDetailView.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { title: 'boards.nav.bulletin', permission: ['read', 'Bulletin'] },
    },
    {
      path: 'sms-campaigns',
      name: 'sms-campaigns',
      component: () => import('../views/boards/sms/SmsCampaignsView.vue'),
      meta: { title: 'boards.nav.smsCampaigns', permission: ['read', 'SmsCampaign'] },
    },
    {
      path: 'sms-campaigns/new',
      name: 'sms-campaign-new',
      component: () => import('../views/boards/sms/NewCampaignView.vue'),
      meta: { title: 'boards.sms.createTitle', permission: ['create', 'SmsCampaign'] },
    },
    {
      path: 'sms-campaigns/:id(\\d+)',
      name: 'sms-campaign',
      component: () => import('../views/boards/sms/SmsCampaignDetailView.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { title: 'boards.nav.smsCampaigns', permission: ['read', 'SmsCampaign'] },
    },
    {
      path: 'scripts',
      name: 'scripts',
      component: () => import('../views/boards/scripts/ScriptsView.vue'),
      meta: { title: 'boards.nav.scripts', permission: ['read', 'Script'] },
    },
    {
      path: 'scripts/:id(\\d+)',
      name: 'script',
      component: () => import('../views/boards/scripts/ScriptDetailView.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { title: 'boards.nav.scripts', permission: ['read', 'Script'] },
    },
    {
      path: 'documents',
      name: 'documents',
      component: () => import('../views/boards/documents/DocumentsView.vue'),
      meta: { title: 'boards.nav.documents', permission: ['read', 'Document'] },
    },
    {
      path: 'admin/sms-templates',
      name: 'admin-sms-templates',
      component: () => import('../views/boards/sms/SmsTemplatesView.vue'),
      meta: { title: 'boards.nav.smsTemplates', permission: ['read', 'SmsTemplate'] },
    },
  ],
  menu: [
    { label: 'boards.nav.bulletin', to: '/bulletin', permission: ['read', 'Bulletin'] },
    {
      label: 'boards.nav.bulletinManage',
      to: '/bulletin/manage',
      permission: ['create', 'Bulletin'],
    },
    {
      label: 'boards.nav.smsCampaigns',
      to: '/sms-campaigns',
      permission: ['read', 'SmsCampaign'],
    },
    { label: 'boards.nav.scripts', to: '/scripts', permission: ['read', 'Script'] },
    { label: 'boards.nav.documents', to: '/documents', permission: ['read', 'Document'] },
    {
      label: 'boards.nav.smsTemplates',
      to: '/admin/sms-templates',
      permission: ['read', 'SmsTemplate'],
      admin: true,
    },
  ],
};
