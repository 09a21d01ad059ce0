/**
 * A class's life (§9.2): planned, open for enrolment, running, finished; or cancelled before it
 * finished. Finished and cancelled are final.
 */
export const CLASS_STATUSES = [
  'planning',
  'enrolling',
  'running',
  'finished',
  'cancelled',
] as const;
export type ClassStatus = (typeof CLASS_STATUSES)[number];

/** Where each status may go next. Enrolment may be paused (back to planning) before the class runs. */
export const CLASS_TRANSITIONS: Readonly<Record<ClassStatus, readonly ClassStatus[]>> = {
  planning: ['enrolling', 'cancelled'],
  enrolling: ['planning', 'running', 'cancelled'],
  running: ['finished', 'cancelled'],
  finished: [],
  cancelled: [],
};

/** Where a class's life has ended: its facts, staff and groups stay as they were. */
export const CLOSED_STATUSES: readonly ClassStatus[] = ['finished', 'cancelled'];
