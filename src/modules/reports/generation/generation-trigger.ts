/** What asked for a generation: the nightly job, an admin's schedule, or a manager now. */
export const GENERATION_TRIGGERS = ['nightly', 'schedule', 'request'] as const;

export type GenerationTrigger = (typeof GENERATION_TRIGGERS)[number];
