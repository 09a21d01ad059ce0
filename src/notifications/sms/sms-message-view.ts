import { maskPhone } from '../../common/phone/mobile-number';
import type { SmsMessage } from './entities/sms-message.entity';

/**
 * An outbox row as the admin API shows it: the number always masked, and the text of a
 * message to a customer only to readers who may see customers (admins see no customer
 * data, DESIGN.md §1).
 */
export function toSmsMessageView(message: SmsMessage, mayReadCustomers: boolean) {
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

export type SmsMessageView = ReturnType<typeof toSmsMessageView>;
