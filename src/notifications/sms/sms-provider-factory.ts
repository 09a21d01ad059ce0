import type { Logger } from 'pino';
import type { AppConfig } from '../../config/app-config';
import { AliyunSmsProvider } from './aliyun-sms-provider';
import { LogSmsProvider } from './log-sms-provider';
import type { SmsProvider } from './sms-provider';

/** The gateway configuration names (sms.provider); load-config has checked its settings. */
export function smsProviderFor(config: AppConfig, logger: Logger): SmsProvider {
  return config.sms.provider === 'aliyun'
    ? new AliyunSmsProvider(config.sms.aliyun, config.sms.signName, logger)
    : new LogSmsProvider(logger);
}
