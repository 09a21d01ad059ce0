import { Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import { msg } from '../../common/i18n/msg';
import type { SmsTemplate } from '../../notifications/sms/templates/entities/sms-template.entity';
import type { SmsTemplateKind } from '../../notifications/sms/templates/sms-template-kinds';
import { RenderedSms, SmsTemplatesApi } from '../../notifications/sms/templates/sms-templates.api';
import type { SmsCampaign } from './entities/sms-campaign.entity';

/** The template kinds a group SMS may be written with: marketing, and notices to many. */
const CAMPAIGN_KINDS: readonly SmsTemplateKind[] = ['group', 'notice'];

/** A campaign's text: its template (§9.4, SmsTemplatesApi) filled in for each recipient. */
@Injectable()
export class CampaignTexts {
  constructor(private readonly templates: SmsTemplatesApi) {}

  /**
   * The template a new campaign is written with: 400 on templateId when there is none of a
   * campaign's kinds, 422 when it is switched off.
   */
  async template(id: number): Promise<SmsTemplate> {
    const template = await this.templates.find(id);
    if (!template || !CAMPAIGN_KINDS.includes(template.kind)) {
      throw DomainError.badRequest(
        msg('groupSms.noTemplate', { id }),
        [{ field: 'templateId', messages: [msg('groupSms.noTemplateDetail')] }],
        'VALIDATION_FAILED',
      );
    }
    this.templates.assertActive(template);
    return template;
  }

  /** The campaign's text for one recipient: the kept template text, their name in it. */
  render(
    campaign: Pick<SmsCampaign, 'templateId' | 'templateKind' | 'body' | 'templateValues'>,
    name: string,
  ): RenderedSms {
    return this.templates.render(
      { id: campaign.templateId, kind: campaign.templateKind, body: campaign.body },
      { ...(campaign.templateValues ?? {}), name },
    );
  }
}
