import type { ConsoleArea } from './console-area';
import { customersArea } from './customers-area';
import { workbenchArea } from './workbench-area';

/** Every part of the console, in menu order. */
export const areas: ConsoleArea[] = [workbenchArea, customersArea];
