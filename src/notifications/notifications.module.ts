import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module';
import { AccountNotificationTexts } from './account.notification-texts';
import { Notification } from './entities/notification.entity';
import { NotificationTextRegistry } from './notification-text.registry';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { SmsMessage } from './sms/entities/sms-message.entity';
import { AppConfig } from '../config/app-config';
import { LOGGER } from '../common/logging/logger.token';
import { smsProviderFor } from './sms/sms-provider-factory';
import { SmsDispatchJob } from './sms/sms-dispatch.job';
import { SmsOutboxAdminService } from './sms/sms-outbox-admin.service';
import { AdminSmsOutboxController } from './sms/admin-sms-outbox.controller';
import { SmsOutboxService } from './sms/sms-outbox.service';
import { QuietHours } from './sms/quiet-hours';
import { SmsCampaignOutbox } from './sms/sms-campaign-outbox.service';
import { SmsProvider } from './sms/sms-provider';
import { SmsTemplate } from './sms/templates/entities/sms-template.entity';
import { SmsTemplatesApi } from './sms/templates/sms-templates.api';
import { SmsTemplatesService } from './sms/templates/sms-templates.service';
import { AdminSmsTemplatesController } from './sms/templates/admin-sms-templates.controller';

/**
 * In-app inboxes (written when read, by the writers that modules contribute to
 * NotificationTextRegistry), the SMS outbox with its provider (the log, or Aliyun SMS by
 * configuration) and its `sms-dispatch` job, and the SMS templates (§9.4) other modules fill in
 * through SmsTemplatesApi.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Notification, SmsMessage, SmsTemplate]), UsersModule],
  controllers: [NotificationsController, AdminSmsOutboxController, AdminSmsTemplatesController],
  providers: [
    NotificationsService,
    NotificationTextRegistry,
    AccountNotificationTexts,
    SmsOutboxService,
    QuietHours,
    SmsCampaignOutbox,
    SmsOutboxAdminService,
    SmsDispatchJob,
    SmsTemplatesApi,
    SmsTemplatesService,
    { provide: SmsProvider, useFactory: smsProviderFor, inject: [AppConfig, LOGGER] },
  ],
  exports: [
    NotificationsService,
    NotificationTextRegistry,
    SmsOutboxService,
    QuietHours,
    SmsCampaignOutbox,
    SmsTemplatesApi,
  ],
})
export class NotificationsModule {}
