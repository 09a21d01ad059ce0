import type { ConsoleArea } from './console-area';
import { customersArea } from './customers-area';
import { workbenchArea } from './workbench-area';
import { resultsArea } from './results-area';
import { careArea } from './care-area';
import { adminArea } from './admin-area';
import { classesArea } from './classes-area';
import { moneyArea } from './money-area';
import { reportsArea } from './reports-area';
import { boardsArea } from './boards-area';

/** Every part of the console, in menu order. */
export const areas: ConsoleArea[] = [
  workbenchArea,
  customersArea,
  resultsArea,
  careArea,
  classesArea,
  moneyArea,
  reportsArea,
  boardsArea,
  adminArea,
];
