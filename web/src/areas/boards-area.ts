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
  ],
  menu: [
    { label: 'boards.nav.bulletin', to: '/bulletin', permission: ['read', 'Bulletin'] },
    {
      label: 'boards.nav.bulletinManage',
      to: '/bulletin/manage',
      permission: ['create', 'Bulletin'],
    },
  ],
};
