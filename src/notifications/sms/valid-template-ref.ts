import type { SmsTemplateRef } from './new-sms-message';

const TEMPLATE_KEY = /^[a-z][a-z0-9-]*(:[A-Za-z0-9_-]+)*$/;
const TEMPLATE_PARAM = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;

/** A key of at most 64 characters and at most 20 string values under identifier names. */
export function validTemplateRef(ref: SmsTemplateRef): boolean {
  if (typeof ref.key !== 'string' || ref.key.length > 64 || !TEMPLATE_KEY.test(ref.key))
    return false;
  const entries = Object.entries(ref.params ?? {});
  return (
    entries.length <= 20 &&
    entries.every(([name, value]) => TEMPLATE_PARAM.test(name) && typeof value === 'string')
  );
}
