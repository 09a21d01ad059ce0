import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { msg } from '../../common/i18n/msg';
import { Contributes } from '../../common/registry/contributes.decorator';
import type { Notification } from '../../notifications/entities/notification.entity';
import { notificationIds } from '../../notifications/notification-ids';
import {
  NotificationTextRegistry,
  type NotificationText,
  type NotificationWriter,
} from '../../notifications/notification-text.registry';
import { UsersService } from '../../users/users.service';
import { SmsCampaign } from './entities/sms-campaign.entity';

/**
 * The inbox texts of group SMS approval: to the other managers when a campaign awaits
 * approval, to its creator when it was approved or rejected. Written from the campaign as it
 * is when read.
 */
@Contributes(NotificationTextRegistry)
export class SmsCampaignNotificationTexts implements NotificationWriter {
  readonly kinds = ['sms-campaign.awaiting-approval', 'sms-campaign.decided'] as const;

  constructor(
    @InjectRepository(SmsCampaign) private readonly campaigns: Repository<SmsCampaign>,
    private readonly users: UsersService,
  ) {}

  async write(notifications: Notification[]): Promise<Map<number, NotificationText>> {
    const ids = notificationIds(notifications, 'campaignId');
    const rows = ids.length ? await this.campaigns.findBy({ id: In(ids) }) : [];
    const campaignOf = new Map(rows.map((row) => [row.id, row]));
    const people = await this.users.staffMembers(
      rows.flatMap((row) => [row.createdById, row.decidedById ?? row.createdById]),
    );
    const nameOf = new Map(people.map((user) => [user.id, user.displayName]));
    const who = (id: number | null) => (id && nameOf.get(id)) || msg('notifications.someone');
    const texts = new Map<number, NotificationText>();
    for (const notification of notifications) {
      const campaign = campaignOf.get(Number(notification.data?.campaignId));
      if (!campaign) {
        texts.set(notification.id, {
          title: msg('groupSms.notify.missing'),
          body: msg('notifications.empty'),
        });
      } else if (notification.kind === 'sms-campaign.awaiting-approval') {
        texts.set(notification.id, {
          title: msg('groupSms.notify.awaitingTitle', { name: campaign.name }),
          body: msg('groupSms.notify.awaitingBody', {
            by: who(campaign.createdById),
            count: campaign.recipientCount,
          }),
        });
      } else if (campaign.status === 'rejected') {
        texts.set(notification.id, {
          title: msg('groupSms.notify.rejectedTitle', { name: campaign.name }),
          body: msg('groupSms.notify.rejectedBody', {
            by: who(campaign.decidedById),
            reason: campaign.rejectReason ?? '',
          }),
        });
      } else {
        texts.set(notification.id, {
          title: msg('groupSms.notify.approvedTitle', { name: campaign.name }),
          body: msg('groupSms.notify.approvedBody', { by: who(campaign.decidedById) }),
        });
      }
    }
    return texts;
  }
}
