/** The longest period one calendar request covers: a quarter. */
export const MAX_SCHEDULE_DAYS = 92;
/** The most classes one answer holds (far more than a quarter of any company's classes). */
export const MAX_SCHEDULE_ENTRIES = 1000;
