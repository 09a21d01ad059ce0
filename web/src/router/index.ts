import { createRouter, createWebHistory } from 'vue-router';
import { areas } from '../areas';
import { t } from '../i18n/t';
import { useSession } from '../session/session-store';
import ConsoleLayout from '../layout/ConsoleLayout.vue';
import SignInView from '../views/SignInView.vue';
import './route-meta';

/**
 * The console's pages. Each one outside sign-in needs a session; a page with a permission
 * opens only for users who hold it (others see "no permission", as the server would answer).
 */
export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/sign-in', name: 'sign-in', component: SignInView, meta: { public: true } },
    {
      path: '/',
      component: ConsoleLayout,
      children: [
        ...areas.flatMap((area) => area.routes),
        {
          path: 'forbidden',
          name: 'forbidden',
          component: () => import('../views/MessageView.vue'),
          props: { message: 'errors.forbiddenPage' },
        },
        {
          path: ':rest(.*)*',
          name: 'not-found',
          component: () => import('../views/MessageView.vue'),
          props: { message: 'errors.notFoundPage' },
        },
      ],
    },
  ],
});

router.beforeEach(async (to) => {
  if (to.meta.public) return true;
  const session = useSession();
  if (!(await session.resume()))
    return { name: 'sign-in', query: to.fullPath === '/' ? {} : { next: to.fullPath } };
  if (session.mustChangePassword) return { name: 'sign-in' };
  const permission = to.meta.permission;
  if (permission && !session.can(permission[0], permission[1])) return { name: 'forbidden' };
  return true;
});

router.afterEach((to) => {
  document.title = to.meta.title
    ? `${t(to.meta.title)} · ${t('common.appName')}`
    : t('common.appName');
});
