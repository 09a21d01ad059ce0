import Dysmsapi, { SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import type { Logger } from 'pino';
import { maskPhone } from '../../common/phone/mobile-number';
import type { AliyunSmsConfig } from '../../config/app-config';
import { AliyunTemplateCodes } from './aliyun-template-codes';
import { SmsProvider, type SmsSendRequest } from './sms-provider';
import { SmsUndeliverableError } from './sms-undeliverable.error';

/**
 * Gateway answers that no retry can change (a bad number, a template or signature Aliyun does
 * not accept, parameters that do not fit the template): the message fails at once.
 */
const PERMANENT_CODES = new Set([
  'isv.MOBILE_NUMBER_ILLEGAL',
  'isv.TEMPLATE_MISSING_PARAMETERS',
  'isv.INVALID_JSON_PARAM',
  'isv.PARAM_LENGTH_LIMIT',
  'isv.SMS_TEMPLATE_ILLEGAL',
  'isv.SMS_SIGNATURE_ILLEGAL',
  'isv.BLACK_KEY_CONTROL_LIMIT',
]);

/** Long digit runs in a gateway's words are phone numbers: masked before they are kept. */
function maskNumbers(text: string): string {
  return text.replace(/\d{7,}/g, (digits) => maskPhone(digits));
}

/**
 * Alibaba Cloud SMS (Dysmsapi 2017-05-25 SendSms) through its official SDK, which signs each
 * request (ACS3-HMAC-SHA256, the SDK's default). Aliyun sends an approved template with
 * parameters, not free text: a message's template key picks the code (AliyunTemplateCodes)
 * and its values become TemplateParam; a message written as free text goes out under its
 * purpose's code with the text as `content`. The signature (sms.signName) is Aliyun's.
 * Nothing here logs the number unmasked, the text, or the keys.
 */
export class AliyunSmsProvider extends SmsProvider {
  private readonly client: Dysmsapi;
  private readonly codes: AliyunTemplateCodes;

  constructor(
    private readonly config: AliyunSmsConfig,
    private readonly signName: string,
    private readonly logger: Logger,
  ) {
    super();
    this.client = new Dysmsapi(
      new $OpenApiUtil.Config({
        accessKeyId: config.accessKeyId,
        accessKeySecret: config.accessKeySecret,
        endpoint: config.endpoint,
        protocol: config.protocol,
        connectTimeout: config.timeoutMs,
        readTimeout: config.timeoutMs,
      }),
    );
    this.codes = new AliyunTemplateCodes(config.templateCodes);
  }

  async send(message: SmsSendRequest): Promise<void> {
    const match = this.codes.codeFor(message);
    if (!match) {
      const tried = AliyunTemplateCodes.candidates(message).join(', ');
      throw new SmsUndeliverableError(
        `no Aliyun template code is configured for ${tried}: add one to sms.aliyun.templateCodes (SMS_ALIYUN_TEMPLATE_CODES), then retry the message`,
      );
    }
    const params = message.template ? message.template.params : { content: message.body };
    const request = new SendSmsRequest({
      phoneNumbers: message.to,
      signName: this.signName,
      templateCode: match.code,
      templateParam: JSON.stringify(params),
      outId: String(message.messageId),
    });
    const response = await this.call(request);
    const code = response.body?.code ?? '';
    if (code !== 'OK') {
      const reason = `Aliyun SMS refused it: ${code || 'no code'} ${maskNumbers(response.body?.message ?? '')}`;
      if (PERMANENT_CODES.has(code)) throw new SmsUndeliverableError(reason.trim());
      throw new Error(reason.trim());
    }
    this.logger.info(
      {
        sms: {
          id: message.messageId,
          purpose: message.purpose,
          to: maskPhone(message.to),
          templateCode: match.code,
          bizId: response.body?.bizId,
        },
      },
      'SMS accepted by Aliyun',
    );
  }

  /** The SDK's call; its errors (HTTP 4xx/5xx, network) become one readable line. */
  private async call(request: SendSmsRequest) {
    try {
      return await this.client.sendSms(request);
    } catch (error) {
      const detail = error as { code?: string; data?: { Message?: string }; message?: string };
      const words = detail.data?.Message ?? detail.message ?? String(error);
      throw new Error(
        maskNumbers(`Aliyun SMS request failed: ${detail.code ? `${detail.code} ` : ''}${words}`),
      );
    }
  }
}
