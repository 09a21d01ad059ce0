import { normalizeMobile } from '../../common/phone/mobile-number';
import type { CampaignRecipient } from '../customers/campaign-recipient';

/** Why a customer of the audience gets no text (besides having had it already). */
export interface SkippedCounts {
  noMobile: number;
  optedOut: number;
  erased: number;
}

/** A customer gets a campaign's text once: its outbox key. */
export function campaignKey(campaignId: number, customerId: number): string {
  return `sms-campaign:${campaignId}:${customerId}`;
}

/**
 * Splits a page of the audience into those to text and those left out, by the first reason
 * that holds: erased or deleted, opted out (marketing or care), no mainland mobile.
 */
export function sortRecipients(recipients: CampaignRecipient[]): {
  eligible: CampaignRecipient[];
  skipped: SkippedCounts;
} {
  const skipped: SkippedCounts = { noMobile: 0, optedOut: 0, erased: 0 };
  const eligible: CampaignRecipient[] = [];
  for (const recipient of recipients) {
    if (recipient.gone) skipped.erased += 1;
    else if (recipient.optedOut) skipped.optedOut += 1;
    else if (!normalizeMobile(recipient.mobile ?? '')) skipped.noMobile += 1;
    else eligible.push(recipient);
  }
  return { eligible, skipped };
}
