import type { ConsoleArea } from './console-area';

/** Courses, classes, coaches and the training record (§4.2.4–4.2.5, §5–§6). */
export const classesArea: ConsoleArea = {
  routes: [
    {
      // `?view=calendar&month=YYYY-MM`, or the list with its filters and page
      path: 'classes',
      name: 'classes',
      component: () => import('../views/classes/ClassesView.vue'),
      meta: { title: 'classes.list.title', permission: ['read', 'Class'] },
    },
    {
      path: 'classes/:id(\\d+)',
      name: 'class',
      component: () => import('../views/classes/ClassDetailView.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { title: 'classes.list.title', permission: ['read', 'Class'] },
    },
    {
      // `?day=YYYY-MM-DD` opens that class day
      path: 'classes/:id(\\d+)/attendance',
      name: 'class-attendance',
      component: () => import('../views/classes/ClassAttendanceView.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { title: 'classes.attend.title', permission: ['read', 'Enrolment'] },
    },
    {
      path: 'coaches',
      name: 'coaches',
      component: () => import('../views/coaches/CoachesView.vue'),
      meta: { title: 'classes.coaches.title', permission: ['read', 'Coach'] },
    },
    {
      path: 'courses',
      name: 'courses',
      component: () => import('../views/classes/CoursesView.vue'),
      meta: { title: 'classes.courses.title', permission: ['update', 'Course'] },
    },
  ],
  menu: [
    { label: 'classes.nav.classes', to: '/classes', permission: ['read', 'Class'] },
    { label: 'classes.nav.coaches', to: '/coaches', permission: ['read', 'Coach'] },
    { label: 'classes.nav.courses', to: '/courses', permission: ['update', 'Course'] },
  ],
};
