import { Injectable } from '@nestjs/common';
import type { Msg } from '../common/i18n/msg';
import { Registry } from '../common/registry/registry';
import type { Notification } from './entities/notification.entity';

/** A notification's words, in no language yet. */
export interface NotificationText {
  title: Msg;
  body: Msg;
}

/** Writes the notifications of some kinds from what they point at, as it is when read. */
export interface NotificationWriter {
  /** the kinds it writes, e.g. `plan.reminder` */
  kinds: readonly string[];
  /** title and body by notification id, for one page of an inbox: a few queries, not one per row */
  write(notifications: Notification[]): Promise<Map<number, NotificationText>>;
}

/**
 * The extension point of the inbox: a module that sends notifications contributes the writer
 * of their text, so that a notification keeps ids, not copies of personal text (an erased
 * customer's name or a plan's notes), and reads in the reader's language. To add one, write
 * a `<topic>.notification-texts.ts` class implementing NotificationWriter, marked
 * `@Contributes(NotificationTextRegistry)` (see account.notification-texts.ts).
 */
@Injectable()
export class NotificationTextRegistry extends Registry<NotificationWriter> {
  constructor() {
    super('Notification kind', (writer) => writer.kinds);
  }

  writerOf(kind: string): NotificationWriter | undefined {
    return this.get(kind);
  }
}
