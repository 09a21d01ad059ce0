import { CampaignSkippedView } from './sms-campaign.view';

/** One recipient and the text they would get; the number masked. */
export class CampaignSampleView {
  customerId: number;
  name: string;
  /** masked, e.g. 138****5678 */
  mobile: string;
  text: string;
  /** how many SMS it takes (1 up to 70 characters with the signature, else per 67) */
  segments: number;
}

/** Who a group SMS would reach if it were sent now, and who it would leave out and why. */
export class SmsCampaignPreviewView {
  /** customers it would text */
  recipients: number;
  /** customers its filter or roster holds, texted or not */
  matched: number;
  skipped: CampaignSkippedView;
  /** more recipients than the approval limit */
  approvalRequired: boolean;
  /** the approval limit (config sms.campaignApprovalAbove) */
  approvalAbove: number;
  /** the first recipient's text; null when it would reach no one */
  sample: CampaignSampleView | null;
}
