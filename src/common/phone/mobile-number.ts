import { visiblePhoneDigits } from './visible-phone-digits';

const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/**
 * A mainland mobile number as stored: 11 digits, without spaces, dashes or the +86 / 0086
 * prefix people type. Null when the input is not one.
 */
export function normalizeMobile(input: string): string | null {
  let digits = input.replace(/[\s\-()（）]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return MAINLAND_MOBILE.test(digits) ? digits : null;
}

/** Any other phone (landline with area code, extension): digits only, 6 to 20 of them. */
export function normalizeOtherPhone(input: string): string | null {
  const mobile = normalizeMobile(input);
  if (mobile) return mobile;
  const digits = input.replace(/[\s\-()（）+]/g, '');
  return /^\d{6,20}$/.test(digits) ? digits : null;
}

/** `138****5678`: enough to recognise a number, not to call it. */
export function maskPhone(phone: string): string;
export function maskPhone(phone: string | null): string | null;
export function maskPhone(phone: string | null): string | null {
  if (!phone) return phone;
  const { start, end } = visiblePhoneDigits(phone);
  return `${start}${'*'.repeat(phone.length - start.length - end.length)}${end}`;
}
