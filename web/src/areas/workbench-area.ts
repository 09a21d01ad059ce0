import type { ConsoleArea } from './console-area';

export const workbenchArea: ConsoleArea = {
  routes: [
    {
      path: '',
      name: 'workbench',
      component: () => import('../views/workbench/WorkbenchView.vue'),
      meta: { title: 'nav.workbench' },
    },
  ],
  menu: [{ label: 'nav.workbench', to: '/' }],
};
