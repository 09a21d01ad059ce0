import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../../notifications/notifications.module';
import { CustomersModule } from '../customers/customers.module';
import { DictionaryModule } from '../dictionary/dictionary.module';
import { AdminCareTemplatesController } from './admin-care-templates.controller';
import { AdminHolidayDatesController } from './admin-holiday-dates.controller';
import { CareErasure } from './care.erasure';
import { CareMessagesJob } from './care-messages.job';
import { CareTemplatesService } from './care-templates.service';
import { CareUpcomingService } from './care-upcoming.service';
import { CareController } from './care.controller';
import { CareMessage } from './entities/care-message.entity';
import { CareTemplate } from './entities/care-template.entity';
import { HolidayDate } from './entities/holiday-date.entity';
import { HolidayDatesService } from './holiday-dates.service';

/**
 * Customer care (§4.2.6, §9.4): greeting templates per occasion and holiday, holiday dates,
 * the daily `care-messages` job that queues the greetings in the SMS outbox, and the list of
 * what will be sent.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([CareTemplate, HolidayDate, CareMessage]),
    NotificationsModule,
    DictionaryModule,
    CustomersModule,
  ],
  controllers: [CareController, AdminCareTemplatesController, AdminHolidayDatesController],
  providers: [
    CareTemplatesService,
    HolidayDatesService,
    CareUpcomingService,
    CareMessagesJob,
    CareErasure,
  ],
})
export class CareModule {}
