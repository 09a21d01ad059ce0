import { maskPhone } from '../../common/phone/mobile-number';
import type { SmsMessage, SmsRecipientKind, SmsStatus } from './entities/sms-message.entity';

/**
 * An outbox row as the admin API shows it: the number always masked, and the text of a
 * message to a customer only to readers who may see customers (admins see no customer
 * data, DESIGN.md §1).
 */
export class SmsMessageView {
  id: number;
  purpose: string;
  recipientKind: SmsRecipientKind;
  userId: number | null;
  customerId: number | null;
  /** masked; null once the customer was erased */
  phone: string | null;
  /** null when hidden from this reader */
  body: string | null;
  /** the text is a customer's and this reader may not see customers */
  bodyHidden: boolean;
  /** the gateway template it goes out as (`care:birthday`, `group:12`); null for free text */
  template: string | null;
  dedupeKey: string | null;
  status: SmsStatus;
  attempts: number;
  lastError: string | null;
  sendAfter: Date;
  nextAttemptAt: Date;
  sentAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toSmsMessageView(message: SmsMessage, mayReadCustomers: boolean): SmsMessageView {
  const bodyHidden = message.recipientKind === 'customer' && !mayReadCustomers;
  return {
    id: message.id,
    purpose: message.purpose,
    recipientKind: message.recipientKind,
    userId: message.userId,
    customerId: message.customerId,
    /** null once the customer was erased */
    phone: message.phone ? maskPhone(message.phone) : null,
    body: bodyHidden ? null : message.body,
    bodyHidden,
    template: message.template,
    dedupeKey: message.dedupeKey,
    status: message.status,
    attempts: message.attempts,
    lastError: message.lastError,
    sendAfter: message.sendAfter,
    nextAttemptAt: message.nextAttemptAt,
    sentAt: message.sentAt,
    createdAt: message.createdAt,
    updatedAt: message.updatedAt,
  };
}
