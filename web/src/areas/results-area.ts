import type { ConsoleArea } from './console-area';

/** Work results (工作成果, §8.2): one's own records and completed plans in a period. */
export const resultsArea: ConsoleArea = {
  routes: [
    {
      path: 'results',
      name: 'results',
      component: () => import('../views/results/WorkResultsView.vue'),
      meta: { title: 'nav.results', permission: ['read', 'Interaction'] },
    },
  ],
  menu: [{ label: 'nav.results', to: '/results', permission: ['read', 'Interaction'] }],
};
