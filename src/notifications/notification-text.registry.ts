import { Injectable } from '@nestjs/common';
import type { Msg } from '../common/i18n/msg';
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
 * The extension point of the inbox: a module that sends notifications registers the writer
 * of their text, so that a notification keeps ids, not copies of personal text (an erased
 * customer's name or a plan's notes), and reads in the reader's language.
 */
@Injectable()
export class NotificationTextRegistry {
  private readonly writers = new Map<string, NotificationWriter>();

  register(writer: NotificationWriter): void {
    for (const kind of writer.kinds) {
      if (this.writers.has(kind)) throw new Error(`Notification kind ${kind} has two writers`);
      this.writers.set(kind, writer);
    }
  }

  writerOf(kind: string): NotificationWriter | undefined {
    return this.writers.get(kind);
  }
}
