import type { SmsSendRequest } from './sms-provider';

/**
 * Which approved Aliyun template a message goes out as. Configuration maps keys to codes
 * (`care=SMS_1`, `group:12=SMS_2`, `plan-reminder=SMS_3`); a message's own template key is
 * tried first, then each shorter prefix of it (`care:holiday:mid_autumn` → `care:holiday`
 * → `care`), then its purpose.
 */
export class AliyunTemplateCodes {
  private readonly codes: ReadonlyMap<string, string>;

  constructor(entries: readonly string[]) {
    this.codes = new Map(
      entries.map((entry) => {
        const at = entry.indexOf('=');
        return [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }

  /** The keys tried for a message, most specific first. */
  static candidates(message: Pick<SmsSendRequest, 'purpose' | 'template'>): string[] {
    const keys: string[] = [];
    const parts = message.template?.key.split(':') ?? [];
    for (let n = parts.length; n > 0; n -= 1) keys.push(parts.slice(0, n).join(':'));
    if (!keys.includes(message.purpose)) keys.push(message.purpose);
    return keys;
  }

  /** The code for a message and the key that matched, or null when none is configured. */
  codeFor(
    message: Pick<SmsSendRequest, 'purpose' | 'template'>,
  ): { key: string; code: string } | null {
    for (const key of AliyunTemplateCodes.candidates(message)) {
      const code = this.codes.get(key);
      if (code) return { key, code };
    }
    return null;
  }
}
