import type { CampaignRecipient } from '../customers/campaign-recipient';
import { campaignKey, sortRecipients } from './campaign-recipients';

function recipient(id: number, fields: Partial<CampaignRecipient> = {}): CampaignRecipient {
  return { id, name: `客户${id}`, mobile: '13800138000', gone: false, optedOut: false, ...fields };
}

describe('sortRecipients', () => {
  it('leaves out the erased first, then the opted out, then those without a mobile', () => {
    const { eligible, skipped } = sortRecipients([
      recipient(1),
      recipient(2, { gone: true, optedOut: true, mobile: 'E0000000002' }),
      recipient(3, { optedOut: true, mobile: '' }),
      recipient(4, { mobile: '021-5555' }),
      recipient(5, { mobile: '13900139000' }),
    ]);
    expect(eligible.map((r) => r.id)).toEqual([1, 5]);
    expect(skipped).toEqual({ erased: 1, optedOut: 1, noMobile: 1 });
  });

  it('keys a message by campaign and customer, so each gets it once', () => {
    expect(campaignKey(12, 345)).toBe('sms-campaign:12:345');
  });
});
