import type { ConsoleArea } from './console-area';

/** Customer care (客户关怀, §4.2.6): greetings to be sent and each customer's settings. */
export const careArea: ConsoleArea = {
  routes: [
    {
      // `?customerId=` opens that customer's settings (the customer page links here)
      path: 'care',
      name: 'care',
      component: () => import('../views/care/CareView.vue'),
      meta: { title: 'nav.care', permission: ['read', 'Care'] },
    },
  ],
  menu: [{ label: 'nav.care', to: '/care', permission: ['read', 'Care'] }],
};
