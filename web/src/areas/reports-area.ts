import type { ConsoleArea } from './console-area';

/** Reports (报表, §8): the catalogue, generated stage-one reports and the managers' dashboard. */
export const reportsArea: ConsoleArea = {
  routes: [],
  menu: [],
};
