import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { LOGGER } from '../../common/logging/logger.token';
import { maskPhone } from '../../common/phone/mobile-number';
import { SmsProvider, SmsSendRequest } from './sms-provider';

/**
 * The default provider, until a real gateway is configured: it writes to the log that a
 * message would have gone out, with the number masked and the body's length only, so that
 * logs hold no customer's number or words.
 */
@Injectable()
export class LogSmsProvider extends SmsProvider {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {
    super();
  }

  async send(message: SmsSendRequest): Promise<void> {
    this.logger.info(
      {
        sms: {
          id: message.messageId,
          purpose: message.purpose,
          to: maskPhone(message.to),
          bodyLength: message.body.length,
        },
      },
      'SMS handed to the log provider (no gateway configured)',
    );
  }
}
