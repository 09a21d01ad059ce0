/** The placeholders a care template may use, and what each becomes. */
export const CARE_PLACEHOLDERS = {
  name: "the customer's name",
  occasion: "the occasion: 生日, the anniversary's name, or the holiday's label",
  date: 'the date of the occasion, e.g. 5月10日',
} as const;

export type CarePlaceholder = keyof typeof CARE_PLACEHOLDERS;

/** A template is at most this long before its placeholders are filled in. */
export const CARE_TEMPLATE_MAX_LENGTH = 300;

const TOKEN = /\{([^{}]*)\}/g;

/**
 * What in a template body is not a known placeholder: `{unknown}` tokens and braces that
 * open or close nothing. Empty when the body is fine.
 */
export function templateProblems(body: string): string[] {
  const problems: string[] = [];
  for (const match of body.matchAll(TOKEN)) {
    if (!Object.prototype.hasOwnProperty.call(CARE_PLACEHOLDERS, match[1])) problems.push(match[0]);
  }
  if (/[{}]/.test(body.replace(TOKEN, ''))) problems.push('an unmatched { or }');
  return [...new Set(problems)];
}

/** The body with each placeholder filled in. */
export function renderTemplate(body: string, values: Record<CarePlaceholder, string>): string {
  return body.replace(TOKEN, (token, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? values[name as CarePlaceholder] : token,
  );
}

/** `2026-05-10` → `5月10日`, the way a greeting says a date. */
export function chineseMonthDay(day: string): string {
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}
