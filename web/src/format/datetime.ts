import { locale } from '../i18n/locale';

/**
 * The business time zone (the server's `business.timeZone`): times are shown as the
 * company lives them, wherever the browser is.
 */
export const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

function formatter(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale.value === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: BUSINESS_TIME_ZONE,
    ...options,
  });
}

/** `2026-12-05 14:30` style, in the business time zone; '' for none. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '';
  return formatter({
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(value));
}

/** The calendar day, in the business time zone; a `YYYY-MM-DD` day is shown as it is. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return formatter({ year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(value));
}
