import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Notification } from './entities/notification.entity';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { SmsMessage } from './sms/entities/sms-message.entity';
import { LogSmsProvider } from './sms/log-sms-provider';
import { SmsDispatchJob } from './sms/sms-dispatch.job';
import { SmsOutboxAdminService } from './sms/sms-outbox-admin.service';
import { SmsOutboxController } from './sms/sms-outbox.controller';
import { SmsOutboxService } from './sms/sms-outbox.service';
import { SmsProvider } from './sms/sms-provider';

/**
 * In-app inboxes and the SMS outbox with its provider (the log until a gateway is bound to
 * SmsProvider) and its `sms-dispatch` job.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Notification, SmsMessage])],
  controllers: [NotificationsController, SmsOutboxController],
  providers: [
    NotificationsService,
    SmsOutboxService,
    SmsOutboxAdminService,
    SmsDispatchJob,
    { provide: SmsProvider, useClass: LogSmsProvider },
  ],
  exports: [NotificationsService, SmsOutboxService],
})
export class NotificationsModule {}
