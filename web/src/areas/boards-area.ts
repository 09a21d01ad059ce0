import type { ConsoleArea } from './console-area';

/** The bulletin board, script library, document library, group SMS and SMS templates (§7). */
export const boardsArea: ConsoleArea = {
  routes: [],
  menu: [],
};
