import type { Logger } from 'pino';
import type { AppConfig } from '../../config/app-config';
import { LogSmsProvider } from './log-sms-provider';
import type { SmsProvider } from './sms-provider';

/**
 * The gateway configuration names (sms.provider); load-config has checked its settings. The
 * Aliyun SDK is loaded only when it is the gateway: it weighs some 30 MB of memory that a
 * server sending through the log (or, later, another gateway) has no use for.
 */
export async function smsProviderFor(config: AppConfig, logger: Logger): Promise<SmsProvider> {
  if (config.sms.provider !== 'aliyun') return new LogSmsProvider(logger);
  const { AliyunSmsProvider } = await import('./aliyun-sms-provider');
  return new AliyunSmsProvider(config.sms.aliyun, config.sms.signName, logger);
}
