import type { Permission } from '../areas/console-area';

declare module 'vue-router' {
  interface RouteMeta {
    /** open without signing in */
    public?: boolean;
    /** what the user must be allowed to open the page */
    permission?: Permission;
    /** catalogue key of the page's title */
    title?: string;
  }
}

export {};
