import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../../access/access.module';
import { JobsModule } from '../../jobs/jobs.module';
import { NotificationsModule } from '../../notifications/notifications.module';
import { UsersModule } from '../../users/users.module';
import { ClassesModule } from '../classes/classes.module';
import { CustomersModule } from '../customers/customers.module';
import { CampaignAudience } from './campaign-audience';
import { CampaignTallies } from './campaign-tally';
import { CampaignTexts } from './campaign-texts';
import { CustomerMarketingController } from './customer-marketing.controller';
import { SmsCampaign } from './entities/sms-campaign.entity';
import { SmsCampaignFlow } from './sms-campaign-flow.service';
import { SmsCampaignQueueJob } from './sms-campaign-queue.job';
import { SmsCampaignQueuer } from './sms-campaign-queuer';
import { SmsCampaignNotificationTexts } from './sms-campaign.notification-texts';
import { SmsCampaignsController } from './sms-campaigns.controller';
import { SmsCampaignsService } from './sms-campaigns.service';

/**
 * Group SMS (§1.2 j 客户群发短信, issue 15 point 5): owns the campaigns. A campaign is one SMS
 * template's text to the customers the customer list shows with some filters (as its creator
 * sees the list) or to a class's roster; above a size a second manager approves it; its
 * messages go through the SMS outbox (one per customer and campaign, never at night), and
 * their outcomes are its results. Also the customers' marketing opt-out switch.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([SmsCampaign]),
    AccessModule,
    JobsModule,
    NotificationsModule,
    UsersModule,
    CustomersModule,
    ClassesModule,
  ],
  controllers: [SmsCampaignsController, CustomerMarketingController],
  providers: [
    SmsCampaignsService,
    SmsCampaignFlow,
    SmsCampaignQueuer,
    SmsCampaignQueueJob,
    CampaignAudience,
    CampaignTallies,
    CampaignTexts,
    SmsCampaignNotificationTexts,
  ],
})
export class GroupSmsModule {}
