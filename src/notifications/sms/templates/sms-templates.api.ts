import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { DomainError } from '../../../common/errors/domain-error';
import { msg } from '../../../common/i18n/msg';
import { fillPlaceholders, placeholdersIn } from '../../../common/text/placeholder-text';
import { AppConfig } from '../../../config/app-config';
import type { SmsTemplateRef } from '../new-sms-message';
import { smsLength } from '../sms-length';
import { SmsTemplate } from './entities/sms-template.entity';

/** A template filled in for one recipient: what to hand to the outbox, and how long it is. */
export interface RenderedSms {
  /** the text, without the signature (the gateway adds it) */
  body: string;
  /** pass as NewSmsMessage.template: `<kind>:<template id>` and the values it used */
  template: SmsTemplateRef;
  /** characters with the signature 【…】 counted in */
  length: number;
  /** 1 up to 70 characters, else ⌈length ÷ 67⌉ (sms-length.ts) */
  segments: number;
}

/**
 * The SMS templates' one door for other modules (group SMS, reminders): find a template and
 * fill it in for a recipient. Queue the result with SmsOutboxService.queue({ …, body,
 * template }) so that a template gateway (Aliyun) sends it as its approved template.
 */
@Injectable()
export class SmsTemplatesApi {
  constructor(
    @InjectRepository(SmsTemplate) private readonly templates: Repository<SmsTemplate>,
    private readonly config: AppConfig,
  ) {}

  /** The template, active or not (check `active` before starting a new send); null if none. */
  find(id: number, manager?: EntityManager): Promise<SmsTemplate | null> {
    if (!Number.isInteger(id) || id < 1) return Promise.resolve(null);
    return (manager ?? this.templates.manager).getRepository(SmsTemplate).findOneBy({ id });
  }

  /** 422 INACTIVE_TEMPLATE when the template is switched off. */
  assertActive(template: SmsTemplate): void {
    if (!template.active)
      throw DomainError.unprocessable(
        msg('smsTemplates.inactive', { name: template.name }),
        undefined,
        'INACTIVE_TEMPLATE',
      );
  }

  /**
   * The template filled in with `values` (by placeholder name: name, course, …). Values the
   * body does not use are ignored; a placeholder it uses without a value is a 422
   * TEMPLATE_VALUES_MISSING naming them, never a text sent with `{name}` in it.
   */
  render(
    template: Pick<SmsTemplate, 'id' | 'kind' | 'body'>,
    values: Record<string, string>,
  ): RenderedSms {
    const used = placeholdersIn(template.body);
    const missing = used.filter(
      (name) => !Object.prototype.hasOwnProperty.call(values, name) || values[name] === undefined,
    );
    if (missing.length) {
      throw DomainError.unprocessable(
        msg('smsTemplates.missingValues', { missing: missing.map((name) => `{${name}}`) }),
        missing.map((name) => ({
          field: `values.${name}`,
          messages: [msg('smsTemplates.missingValuesDetail', { placeholder: `{${name}}` })],
        })),
        'TEMPLATE_VALUES_MISSING',
      );
    }
    const params = Object.fromEntries(used.map((name) => [name, String(values[name])]));
    const body = fillPlaceholders(template.body, params);
    const { length, segments } = smsLength(body, this.config.sms.signName);
    return { body, template: { key: `${template.kind}:${template.id}`, params }, length, segments };
  }
}
