import { msg } from '../../../common/i18n/msg';
import { Contributes } from '../../../common/registry/contributes.decorator';
import type { Notification } from '../../../notifications/entities/notification.entity';
import {
  NotificationTextRegistry,
  type NotificationText,
  type NotificationWriter,
} from '../../../notifications/notification-text.registry';
import { GENERATED_REPORTS_NOTICE } from './generated-reports.notice';
import { GENERATION_TRIGGERS, type GenerationTrigger } from './generation-trigger';

/** The text of the managers' notice that report files were stored. */
@Contributes(NotificationTextRegistry)
export class GeneratedReportsNotificationTexts implements NotificationWriter {
  readonly kinds = [GENERATED_REPORTS_NOTICE] as const;

  write(notifications: Notification[]): Promise<Map<number, NotificationText>> {
    const texts = new Map<number, NotificationText>();
    for (const notification of notifications) {
      const data = notification.data ?? {};
      const trigger = (
        GENERATION_TRIGGERS.includes(data.trigger as GenerationTrigger) ? data.trigger : 'request'
      ) as GenerationTrigger;
      texts.set(notification.id, {
        title: msg('generatedReports.notice.title', { files: Number(data.files ?? 0) }),
        body: msg('generatedReports.notice.body', {
          by: msg(`generatedReports.triggers.${trigger}`),
          reports: Number(data.reports ?? 0),
          files: Number(data.files ?? 0),
        }),
      });
    }
    return Promise.resolve(texts);
  }
}
