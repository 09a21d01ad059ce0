import type { CampaignMessageCounts } from '../../notifications/sms/sms-campaign-outbox.service';
import type { CampaignFilterDto } from './dto/campaign-filter.dto';
import type { SmsCampaign } from './entities/sms-campaign.entity';
import type { SmsCampaignAudience, SmsCampaignStatus } from './sms-campaign-status';

/** Recipients left out, by reason. */
export class CampaignSkippedView {
  /** no usable mobile number */
  noMobile: number;
  /** opted out of marketing texts (or of care texts) */
  optedOut: number;
  /** erased on request, or deleted */
  erased: number;
  /** texted by this campaign already */
  alreadySent: number;
}

/** The campaign's messages in the outbox, by status. */
export class CampaignResultsView {
  queued: number;
  sending: number;
  sent: number;
  failed: number;
  cancelled: number;
}

/** A group SMS: what, to whom, where it stands; `results` in the detail only. */
export class SmsCampaignView {
  id: number;
  name: string;
  templateId: number;
  /** the text as the template had it when the campaign was made */
  body: string;
  audience: SmsCampaignAudience;
  filter: CampaignFilterDto | null;
  classId: number | null;
  status: SmsCampaignStatus;
  /** recipients it would reach when it was made */
  recipientCount: number;
  /** more recipients than the approval limit: a second manager approves it before it starts */
  approvalRequired: boolean;
  /** messages put into the outbox so far */
  queuedCount: number;
  /** recipients the queuing left out so far, by reason */
  skipped: CampaignSkippedView;
  /** the outbox's counts (detail only; null in lists) */
  results: CampaignResultsView | null;
  createdById: number;
  decidedById: number | null;
  decidedAt: Date | null;
  rejectReason: string | null;
  startedById: number | null;
  startedAt: Date | null;
  queuedAt: Date | null;
  doneAt: Date | null;
  cancelledById: number | null;
  cancelledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export function toSmsCampaignView(
  campaign: SmsCampaign,
  approvalAbove: number,
  results: CampaignMessageCounts | null = null,
): SmsCampaignView {
  return {
    id: campaign.id,
    name: campaign.name,
    templateId: campaign.templateId,
    body: campaign.body,
    audience: campaign.audience,
    filter: campaign.filter as CampaignFilterDto | null,
    classId: campaign.classId,
    status: campaign.status,
    recipientCount: campaign.recipientCount,
    approvalRequired: campaign.recipientCount > approvalAbove,
    queuedCount: campaign.queuedCount,
    skipped: {
      noMobile: campaign.skippedNoMobile,
      optedOut: campaign.skippedOptedOut,
      erased: campaign.skippedErased,
      alreadySent: campaign.skippedAlreadySent,
    },
    results: results && {
      queued: results.queued,
      sending: results.sending,
      sent: results.sent,
      failed: results.failed,
      cancelled: results.cancelled,
    },
    createdById: campaign.createdById,
    decidedById: campaign.decidedById,
    decidedAt: campaign.decidedAt,
    rejectReason: campaign.rejectReason,
    startedById: campaign.startedById,
    startedAt: campaign.startedAt,
    queuedAt: campaign.queuedAt,
    doneAt: campaign.doneAt,
    cancelledById: campaign.cancelledById,
    cancelledAt: campaign.cancelledAt,
    createdAt: campaign.createdAt,
    updatedAt: campaign.updatedAt,
    version: campaign.version,
  };
}
