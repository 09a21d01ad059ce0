import type { ConsoleArea } from './console-area';

/** The shared customer base (§3): list, forms, the 360 page and the import wizard. */
export const customersArea: ConsoleArea = {
  routes: [
    {
      path: 'customers',
      name: 'customers',
      component: () => import('../views/customers/CustomerListView.vue'),
      meta: { title: 'customers.listTitle', permission: ['read', 'Customer'] },
    },
    {
      path: 'customers/new',
      name: 'customer-new',
      component: () => import('../views/customers/CustomerFormView.vue'),
      meta: { title: 'customers.newTitle', permission: ['create', 'Customer'] },
    },
    {
      path: 'customers/import',
      name: 'customer-import',
      component: () => import('../views/customers/CustomerImportView.vue'),
      meta: { title: 'customers.importTitle', permission: ['import', 'Customer'] },
    },
    {
      path: 'customers/:id(\\d+)',
      name: 'customer',
      component: () => import('../views/customers/CustomerDetailView.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { title: 'customers.listTitle', permission: ['read', 'Customer'] },
    },
    {
      path: 'customers/:id(\\d+)/edit',
      name: 'customer-edit',
      component: () => import('../views/customers/CustomerFormView.vue'),
      props: (route) => ({ id: Number(route.params.id) }),
      meta: { title: 'customers.editTitle', permission: ['update', 'Customer'] },
    },
  ],
  menu: [{ label: 'nav.customers', to: '/customers', permission: ['read', 'Customer'] }],
};
