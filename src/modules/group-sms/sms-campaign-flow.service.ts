import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { EntityManager, In, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { LOGGER } from '../../common/logging/logger.token';
import { AppConfig } from '../../config/app-config';
import { JobRunner } from '../../jobs/job-runner';
import { NotificationsService } from '../../notifications/notifications.service';
import { SmsCampaignOutbox } from '../../notifications/sms/sms-campaign-outbox.service';
import { UsersService } from '../../users/users.service';
import type { RejectSmsCampaignDto } from './dto/reject-sms-campaign.dto';
import { SmsCampaign } from './entities/sms-campaign.entity';
import { SMS_CAMPAIGN_QUEUE_JOB } from './sms-campaign-queue.job';
import { CANCELLABLE, type SmsCampaignStatus } from './sms-campaign-status';
import { SmsCampaignView } from './sms-campaign.view';
import { SmsCampaignsService } from './sms-campaigns.service';

/**
 * A campaign's course: start (above the approval limit it waits for a second manager first),
 * approve or reject, cancel. Each step is one conditional UPDATE on the status it leaves, so
 * two requests at once cannot both take it, with its audit row in the same transaction.
 */
@Injectable()
export class SmsCampaignFlow {
  constructor(
    @InjectRepository(SmsCampaign) private readonly campaigns: Repository<SmsCampaign>,
    private readonly service: SmsCampaignsService,
    private readonly outbox: SmsCampaignOutbox,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    private readonly runner: JobRunner,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  /**
   * Starts sending: a draft above the approval limit goes to awaiting approval; a draft within
   * it, or an approved one, is queued by the `sms-campaign-queue` job, which this asks to run
   * now. A campaign started already is left as it is (starting twice sends nothing twice).
   */
  async start(principal: Principal, id: number): Promise<SmsCampaignView> {
    const campaign = await this.service.find(principal, id);
    if (['queuing', 'sending', 'done'].includes(campaign.status))
      return this.service.view(campaign);
    const limit = this.config.sms.campaignApprovalAbove;
    if (campaign.status === 'awaiting_approval')
      throw DomainError.conflict(
        msg('groupSms.awaitingApproval', { count: campaign.recipientCount, limit }),
        'AWAITING_APPROVAL',
      );
    if (campaign.status !== 'draft' && campaign.status !== 'approved')
      throw DomainError.conflict(
        msg('groupSms.notStartable', { status: this.statusName(campaign.status) }),
        'BAD_STATUS',
      );
    const needsApproval = campaign.status === 'draft' && campaign.recipientCount > limit;
    const now = this.clock.now();
    const to: SmsCampaignStatus = needsApproval ? 'awaiting_approval' : 'queuing';
    const moved = await this.move(
      campaign,
      [campaign.status],
      needsApproval ? { status: to } : { status: to, startedById: principal.id, startedAt: now },
      needsApproval ? 'sms-campaign.submit' : 'sms-campaign.start',
      { recipientCount: campaign.recipientCount, limit },
      needsApproval
        ? async (m) => {
            // Approving is the managers' alone (not grantable): they are the ones to ask.
            const managers = await this.users.activeIdsWithRoles(['manager']);
            await this.notifications.notifyUsers(
              managers.filter((userId) => userId !== campaign.createdById),
              { kind: 'sms-campaign.awaiting-approval', data: { campaignId: campaign.id } },
              m,
            );
          }
        : undefined,
    );
    if (!needsApproval) this.queueSoon(principal.id);
    return this.service.view(moved);
  }

  /** A second manager approves a campaign awaiting approval; never its own creator. */
  async approve(principal: Principal, id: number): Promise<SmsCampaignView> {
    const campaign = await this.awaiting(principal, id);
    const moved = await this.move(
      campaign,
      ['awaiting_approval'],
      { status: 'approved', decidedById: principal.id, decidedAt: this.clock.now() },
      'sms-campaign.approve',
      {},
      (m) => this.tellCreator(campaign, m),
    );
    return this.service.view(moved);
  }

  async reject(
    principal: Principal,
    id: number,
    dto: RejectSmsCampaignDto,
  ): Promise<SmsCampaignView> {
    const campaign = await this.awaiting(principal, id);
    const moved = await this.move(
      campaign,
      ['awaiting_approval'],
      {
        status: 'rejected',
        decidedById: principal.id,
        decidedAt: this.clock.now(),
        rejectReason: dto.reason,
      },
      'sms-campaign.reject',
      {},
      (m) => this.tellCreator(campaign, m),
    );
    return this.service.view(moved);
  }

  /** Cancels the campaign, and its messages still waiting in the outbox (sent ones stay sent). */
  async cancel(principal: Principal, id: number): Promise<SmsCampaignView> {
    const campaign = await this.service.find(principal, id);
    if (!CANCELLABLE.includes(campaign.status))
      throw DomainError.conflict(
        msg('groupSms.notCancellable', { status: this.statusName(campaign.status) }),
        'BAD_STATUS',
      );
    const moved = await this.move(
      campaign,
      CANCELLABLE,
      { status: 'cancelled', cancelledById: principal.id, cancelledAt: this.clock.now() },
      'sms-campaign.cancel',
      {},
      async (m) => ({ cancelledMessages: await this.outbox.cancelQueued(campaign.id, m) }),
    );
    return this.service.view(moved, await this.outbox.counts(campaign.id));
  }

  private async awaiting(principal: Principal, id: number): Promise<SmsCampaign> {
    const campaign = await this.service.find(principal, id);
    if (campaign.createdById === principal.id)
      throw DomainError.forbidden(msg('groupSms.ownApproval'), 'OWN_CAMPAIGN');
    if (campaign.status !== 'awaiting_approval')
      throw DomainError.conflict(
        msg('groupSms.notAwaiting', { status: this.statusName(campaign.status) }),
        'BAD_STATUS',
      );
    return campaign;
  }

  /**
   * Moves the campaign on from one of `from`, with the audit row and `also` (cancelling its
   * messages, telling people; what it returns goes into the audit row) in one transaction;
   * 409 STALE when another request moved it first.
   */
  private async move(
    campaign: SmsCampaign,
    from: readonly SmsCampaignStatus[],
    changes: QueryDeepPartialEntity<SmsCampaign>,
    action: string,
    meta: Record<string, unknown> = {},
    also?: (m: EntityManager) => Promise<Record<string, unknown> | void>,
  ): Promise<SmsCampaign> {
    await this.campaigns.manager.transaction(async (m) => {
      const result = await m
        .createQueryBuilder()
        .update(SmsCampaign)
        .set({ ...changes, version: () => 'version + 1', updatedAt: this.clock.now() })
        .where({ id: campaign.id, status: In([...from]) })
        .execute();
      if (result.affected !== 1)
        throw DomainError.conflict(msg('groupSms.changedMeanwhile'), 'STALE');
      const more = also ? await also(m) : undefined;
      await this.audit.record(
        {
          action,
          entityType: 'SmsCampaign',
          entityId: campaign.id,
          before: { status: campaign.status },
          after: { status: changes.status },
          meta: { ...meta, ...(more ?? {}) },
        },
        m,
      );
    });
    return this.campaigns.findOneByOrFail({ id: campaign.id });
  }

  private async tellCreator(campaign: SmsCampaign, m: EntityManager): Promise<void> {
    await this.notifications.notifyUsers(
      [campaign.createdById],
      { kind: 'sms-campaign.decided', data: { campaignId: campaign.id } },
      m,
    );
  }

  /**
   * Asks the queue job to run now rather than at its next minute. Not awaited: the request
   * answers at once, and the job's lease keeps this from doubling a scheduled run.
   */
  private queueSoon(userId: number): void {
    void this.runner
      .run(SMS_CAMPAIGN_QUEUE_JOB, 'manual', userId)
      .catch((error: unknown) =>
        this.logger.warn({ err: error }, 'group SMS queue run could not be started'),
      );
  }

  private statusName(status: SmsCampaignStatus) {
    return msg(`groupSms.status.${status}`);
  }
}
