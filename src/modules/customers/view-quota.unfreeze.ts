import type { EntityManager } from 'typeorm';
import { Contributes } from '../../common/registry/contributes.decorator';
import type { UserAccount } from '../../users/entities/user-account.entity';
import { UnfreezeRegistry, type UnfreezeStep } from '../../users/unfreeze.registry';
import { ViewQuotaService } from './view-quota.service';

/** An unfreeze gives the user a fresh daily view allowance (§3.4: after unfreezing, work continues). */
@Contributes(UnfreezeRegistry)
export class ViewQuotaUnfreeze implements UnfreezeStep {
  readonly name = 'viewQuota';

  constructor(private readonly quota: ViewQuotaService) {}

  unfreeze(user: UserAccount, manager: EntityManager) {
    return this.quota.freshAllowance(user, manager);
  }
}
