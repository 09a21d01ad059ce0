/** A calendar date `YYYY-MM-DD` (the calendar check itself is the service's). */
export const CARE_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
