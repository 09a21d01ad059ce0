import { fillPlaceholders, placeholderProblems } from '../../common/text/placeholder-text';

/** The placeholders a care template may use, and what each becomes. */
export const CARE_PLACEHOLDERS = {
  name: "the customer's name",
  occasion: "the occasion: 生日, the anniversary's name, or the holiday's label",
  date: 'the date of the occasion, e.g. 5月10日',
} as const;

export type CarePlaceholder = keyof typeof CARE_PLACEHOLDERS;

/** A template is at most this long before its placeholders are filled in. */
export const CARE_TEMPLATE_MAX_LENGTH = 300;

/**
 * What in a template body is not a known placeholder: `{unknown}` tokens and braces that
 * open or close nothing. Empty when the body is fine. The rule is the SMS templates' own
 * (common/text/placeholder-text.ts); care only names its placeholders.
 */
export function templateProblems(body: string): string[] {
  return placeholderProblems(body, Object.keys(CARE_PLACEHOLDERS));
}

/** The body with each placeholder filled in. */
export function renderTemplate(body: string, values: Record<CarePlaceholder, string>): string {
  return fillPlaceholders(body, values);
}

/** `2026-05-10` → `5月10日`, the way a greeting says a date. */
export function chineseMonthDay(day: string): string {
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}
