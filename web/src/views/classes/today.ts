import { BUSINESS_TIME_ZONE } from '../../format/datetime';

/** Today in the business time zone, `YYYY-MM-DD`. */
export function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BUSINESS_TIME_ZONE }).format(new Date());
}
