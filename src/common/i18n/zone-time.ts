import { DateTime } from 'luxon';
import { msg, type Msg } from './msg';

/** Zones that keep China Standard Time, which people call Beijing time. */
const BEIJING_ZONES = new Set(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Harbin', 'PRC']);

/**
 * An instant as people read it: `2026-12-02 14:05` in the business time zone, and the
 * zone's name (北京时间 / Beijing time, else the zone's id). Never UTC unless that is the zone.
 */
export function zoneTime(instant: Date, timeZone: string): { at: string; zone: Msg | string } {
  const at = DateTime.fromJSDate(instant, { zone: timeZone }).toFormat('yyyy-MM-dd HH:mm');
  return { at, zone: BEIJING_ZONES.has(timeZone) ? msg('common.beijingTime') : timeZone };
}
