import { msg, type Msg } from '../common/i18n/msg';

/**
 * How an inbox text names a customer: name and code, or "a customer" when the record is gone
 * (texts are written when read, so an erased customer's name appears nowhere).
 */
export function customerNamed(summary: { name: string; code: string } | null | undefined): Msg {
  return summary
    ? msg('notifications.customer', { name: summary.name, code: summary.code })
    : msg('notifications.unknownCustomer');
}
