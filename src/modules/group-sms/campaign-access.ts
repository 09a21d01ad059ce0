import type { Principal } from '../../access/principal';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import type { SmsCampaign } from './entities/sms-campaign.entity';

/**
 * Whose campaigns a user reaches: everyone's for those who approve them (managers), else
 * their own. Another's campaign is "not found", so that ids cannot be probed.
 */
export class CampaignAccess {
  static overseesAll(principal: Pick<Principal, 'ability'>): boolean {
    return principal.ability.can('approve', 'SmsCampaign');
  }

  static assertReaches(principal: Pick<Principal, 'id' | 'ability'>, campaign: SmsCampaign): void {
    if (campaign.createdById !== principal.id && !CampaignAccess.overseesAll(principal))
      throw DomainError.notFound(msg('groupSms.entity'), campaign.id);
  }
}
