import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { AuditService } from '../../audit/audit.service';
import { DomainError, type ErrorDetail } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import { readPage } from '../../common/pagination/apply-page';
import type { Page } from '../../common/pagination/page';
import { AppConfig } from '../../config/app-config';
import { findOrFail } from '../../database/find-or-fail';
import { SmsCampaignOutbox } from '../../notifications/sms/sms-campaign-outbox.service';
import { ClassRostersApi } from '../classes/class-rosters.api';
import { CustomerCampaignsApi } from '../customers/customer-campaigns.api';
import { CampaignAccess } from './campaign-access';
import { CampaignTallies } from './campaign-tally';
import { CampaignTexts } from './campaign-texts';
import type { CreateSmsCampaignDto } from './dto/create-sms-campaign.dto';
import type { SmsCampaignQueryDto } from './dto/sms-campaign-query.dto';
import { SmsCampaign } from './entities/sms-campaign.entity';
import type { SmsCampaignPreviewView } from './sms-campaign-preview.view';
import { SmsCampaignView, toSmsCampaignView } from './sms-campaign.view';

/**
 * Group SMS (§1.2 j): making a campaign (a template and an audience, checked and counted),
 * listing and reading campaigns with their progress, and the preview of whom it reaches. Its
 * course (start, approval, cancel) is SmsCampaignFlow's; the queuing, SmsCampaignQueuer's.
 */
@Injectable()
export class SmsCampaignsService {
  constructor(
    @InjectRepository(SmsCampaign) private readonly campaigns: Repository<SmsCampaign>,
    private readonly customers: CustomerCampaignsApi,
    private readonly rosters: ClassRostersApi,
    private readonly texts: CampaignTexts,
    private readonly tallies: CampaignTallies,
    private readonly outbox: SmsCampaignOutbox,
    private readonly audit: AuditService,
    private readonly config: AppConfig,
  ) {}

  async create(principal: Principal, dto: CreateSmsCampaignDto): Promise<SmsCampaignView> {
    this.checkAudience(dto);
    const draft = this.campaigns.create({
      name: dto.name,
      audience: dto.audience,
      filter: null,
      phoneDigits: null,
      classId: null,
      status: 'draft',
      createdById: principal.id,
    });
    if (dto.audience === 'customers') {
      // The list's own rules: who may list customers, and which phone digits they may search.
      if (!principal.ability.can('read', 'Customer'))
        throw DomainError.forbidden(msg('groupSms.mayNotListCustomers'), 'FORBIDDEN');
      const { ...filter } = dto.filter ?? {};
      draft.phoneDigits = this.customers.phoneDigits(principal);
      this.customers.checkFilter(filter, draft.phoneDigits);
      draft.filter = filter;
    } else {
      if (!principal.ability.can('read', 'Enrolment'))
        throw DomainError.forbidden(msg('groupSms.mayNotReadRoster'), 'FORBIDDEN');
      draft.classId = (await this.rosters.describe(dto.classId as number)).id;
    }
    const template = await this.texts.template(dto.templateId);
    draft.templateId = template.id;
    draft.templateKind = template.kind;
    draft.body = template.body;
    const { name: _name, ...values } = dto.values ?? {};
    draft.templateValues = Object.keys(values).length ? (values as Record<string, string>) : null;
    // A placeholder left without a value is refused now (422), not in the night's queuing.
    this.texts.render(draft, '张三');
    draft.recipientCount = (await this.tallies.tally(draft)).recipients;
    const saved = await this.campaigns.manager.transaction(async (m) => {
      const row = await m.getRepository(SmsCampaign).save(draft);
      await this.audit.record(
        {
          action: 'sms-campaign.create',
          entityType: 'SmsCampaign',
          entityId: row.id,
          after: {
            name: row.name,
            templateId: row.templateId,
            audience: row.audience,
            filter: row.filter,
            classId: row.classId,
            recipientCount: row.recipientCount,
          },
        },
        m,
      );
      return row;
    });
    return this.view(saved);
  }

  async list(principal: Principal, query: SmsCampaignQueryDto): Promise<Page<SmsCampaignView>> {
    const q = this.campaigns.createQueryBuilder('c');
    if (!CampaignAccess.overseesAll(principal))
      q.andWhere('c.createdById = :me', { me: principal.id });
    if (query.status) q.andWhere('c.status = :status', { status: query.status });
    return readPage(q, query, { createdAt: 'c.createdAt' }, '-createdAt', (row) => this.view(row));
  }

  async get(principal: Principal, id: number): Promise<SmsCampaignView> {
    const campaign = await this.find(principal, id);
    return this.view(campaign, await this.outbox.counts(campaign.id));
  }

  /** Whom the campaign would reach now, who it leaves out and why, and one recipient's text. */
  async preview(principal: Principal, id: number): Promise<SmsCampaignPreviewView> {
    const campaign = await this.find(principal, id);
    const tally = await this.tallies.tally(campaign);
    const approvalAbove = this.config.sms.campaignApprovalAbove;
    return {
      recipients: tally.recipients,
      matched: tally.matched,
      skipped: tally.skipped,
      approvalRequired: tally.recipients > approvalAbove,
      approvalAbove,
      sample: tally.sample,
    };
  }

  /** The campaign, if this user reaches it (their own, or any for those who approve). */
  async find(principal: Principal, id: number): Promise<SmsCampaign> {
    const campaign = await findOrFail(this.campaigns, SmsCampaign, id, msg('groupSms.entity'));
    CampaignAccess.assertReaches(principal, campaign);
    return campaign;
  }

  view(campaign: SmsCampaign, results: Parameters<typeof toSmsCampaignView>[2] = null) {
    return toSmsCampaignView(campaign, this.config.sms.campaignApprovalAbove, results);
  }

  /** One audience, named one way: filter for customers, classId for a class. */
  private checkAudience(dto: CreateSmsCampaignDto): void {
    const details: ErrorDetail[] = [];
    if (dto.audience === 'customers' && dto.classId !== undefined)
      details.push({ field: 'classId', messages: [msg('groupSms.notForAudience')] });
    if (dto.audience === 'class') {
      if (dto.filter !== undefined)
        details.push({ field: 'filter', messages: [msg('groupSms.notForAudience')] });
      if (dto.classId === undefined)
        details.push({ field: 'classId', messages: [msg('groupSms.classRequired')] });
    }
    if (details.length)
      throw DomainError.badRequest(msg('groupSms.audience'), details, 'VALIDATION_FAILED');
  }
}
