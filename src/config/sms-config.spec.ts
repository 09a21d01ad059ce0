import 'reflect-metadata';
import { join } from 'node:path';
import { ConfigError } from './config-error';
import { loadConfig } from './load-config';

const CONFIG_DIR = join(__dirname, '..', '..', 'config');

function env(vars: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { CONFIG_DIR, NODE_ENV: 'test', ...vars };
}

function configErrorFor(vars: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(vars);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('loadConfig did not throw');
}

const ALIYUN = {
  SMS_PROVIDER: 'aliyun',
  SMS_SIGN_NAME: '同人国兴',
  SMS_ALIYUN_ACCESS_KEY_ID: 'LTAI5tExampleKeyId',
  SMS_ALIYUN_ACCESS_KEY_SECRET: 'an-access-key-secret-never-shown',
  SMS_ALIYUN_TEMPLATE_CODES: 'care=SMS_100, group=SMS_200,group:12=SMS_201',
};

describe('SMS gateway settings', () => {
  it('uses the log provider by default, with Aliyun settings that need nothing', () => {
    const config = loadConfig(env());
    expect(config.sms.provider).toBe('log');
    expect(config.sms.signName).toBe('培训中心');
    expect(config.sms.aliyun.endpoint).toBe('dysmsapi.aliyuncs.com');
    expect(config.sms.aliyun.protocol).toBe('https');
    expect(config.sms.aliyun.templateCodes).toEqual([]);
  });

  it('reads the Aliyun provider from the environment', () => {
    const config = loadConfig(env({ ...ALIYUN, SMS_ALIYUN_ENDPOINT: '127.0.0.1:8080' }));
    expect(config.sms.provider).toBe('aliyun');
    expect(config.sms.signName).toBe('同人国兴');
    expect(config.sms.aliyun.endpoint).toBe('127.0.0.1:8080');
    expect(config.sms.aliyun.templateCodes).toEqual([
      'care=SMS_100',
      'group=SMS_200',
      'group:12=SMS_201',
    ]);
  });

  it('refuses to start the Aliyun provider without its keys, naming each, echoing none', () => {
    const error = configErrorFor(
      env({
        SMS_PROVIDER: 'aliyun',
        SMS_ALIYUN_ACCESS_KEY_SECRET: 'an-access-key-secret-never-shown',
        SMS_SIGN_NAME: ' ',
      }),
    );
    expect(error.problems).toEqual([
      'sms.aliyun.accessKeyId (SMS_ALIYUN_ACCESS_KEY_ID): must be set when sms.provider (SMS_PROVIDER) is aliyun',
      'sms.signName (SMS_SIGN_NAME): must be set when sms.provider (SMS_PROVIDER) is aliyun',
    ]);
    expect(error.message).not.toContain('an-access-key-secret-never-shown');
    expect(configErrorFor(env({ ...ALIYUN, SMS_ALIYUN_ACCESS_KEY_SECRET: '' })).problems).toEqual([
      'sms.aliyun.accessKeySecret (SMS_ALIYUN_ACCESS_KEY_SECRET): must be set when sms.provider (SMS_PROVIDER) is aliyun',
    ]);
  });

  it('refuses an unknown provider and malformed template codes', () => {
    expect(configErrorFor(env({ SMS_PROVIDER: 'twilio' })).message).toContain(
      'sms.provider (SMS_PROVIDER)',
    );
    const codes = configErrorFor(env({ ...ALIYUN, SMS_ALIYUN_TEMPLATE_CODES: 'care:SMS_1' }));
    expect(codes.message).toContain('each entry must look like care=SMS_123456789');
    expect(
      configErrorFor(env({ ...ALIYUN, SMS_ALIYUN_ENDPOINT: 'https://dysmsapi.aliyuncs.com' }))
        .message,
    ).toContain('sms.aliyun.endpoint (SMS_ALIYUN_ENDPOINT)');
  });
});
