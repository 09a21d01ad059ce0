import type { RouteRecordRaw } from 'vue-router';

/** A permission as the server's CASL rules name it: [action, subject]. */
export type Permission = readonly [action: string, subject: string];

/** An entry of the side menu; shown only when the user holds its permission. */
export interface MenuEntry {
  /** catalogue key of its label */
  label: string;
  to: string;
  permission?: Permission;
  /** under the admin group */
  admin?: boolean;
}

/**
 * One part of the console: its pages (each page's `meta.permission` is checked before it
 * opens) and its menu entries. areas/index.ts lists them; a new screen adds one here.
 */
export interface ConsoleArea {
  routes: RouteRecordRaw[];
  menu: MenuEntry[];
}
