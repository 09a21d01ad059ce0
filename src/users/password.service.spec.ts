import type { AppConfig } from '../config/app-config';
import { DomainError, type ErrorDetail, personText } from '../common/errors/domain-error';
import { PasswordService } from './password.service';

const config = {
  auth: { passwordMinLength: 10, argon2MemoryKiB: 4096, argon2TimeCost: 2 },
} as AppConfig;

/**
 * The DomainError assertAcceptable throws, its details in English words (the texts a person
 * reads come from the catalogues); fails the test if it throws nothing.
 */
function refusal(service: PasswordService, password: string, username: string, field?: string) {
  try {
    service.assertAcceptable(password, username, field);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    const refused = error as DomainError;
    const details = (refused.details as ErrorDetail[]).map(({ field: name, messages }) => ({
      field: name,
      messages: messages.map((message) => personText(message, 'en')),
    }));
    return {
      kind: refused.kind,
      code: refused.code,
      message: personText(refused.text, 'en'),
      details,
    };
  }
  throw new Error('assertAcceptable accepted the password');
}

describe('PasswordService', () => {
  const service = new PasswordService(config);

  describe('assertAcceptable', () => {
    it('accepts a good password', () => {
      expect(() => service.assertAcceptable('Correct horse 42', 'alice')).not.toThrow();
    });

    it('accepts exactly the minimum and the maximum length', () => {
      expect(() => service.assertAcceptable('abcdefghij', 'alice')).not.toThrow();
      expect(() => service.assertAcceptable('ab'.repeat(64), 'alice')).not.toThrow();
    });

    it('refuses a password that is too short', () => {
      const error = refusal(service, 'Ab3$xyz', 'alice');
      expect(error.kind).toBe('bad_request');
      expect(error.code).toBe('WEAK_PASSWORD');
      expect(error.details).toEqual([
        { field: 'password', messages: ['must be at least 10 characters long'] },
      ]);
      expect(error.message).toBe(
        'The password is not allowed: it must be at least 10 characters long.',
      );
    });

    it('refuses a password that contains the user name, whatever the case', () => {
      const error = refusal(service, 'my-ALICE-password', 'Alice');
      expect(error.code).toBe('WEAK_PASSWORD');
      expect(error.details).toEqual([
        { field: 'password', messages: ['must not contain the user name'] },
      ]);
    });

    it('refuses one character repeated', () => {
      const error = refusal(service, 'zzzzzzzzzzzz', 'alice');
      expect(error.code).toBe('WEAK_PASSWORD');
      expect(error.details).toEqual([
        { field: 'password', messages: ['must not be one character repeated'] },
      ]);
    });

    it('refuses a password over 128 characters', () => {
      const error = refusal(service, 'ab'.repeat(64) + 'c', 'alice');
      expect(error.code).toBe('WEAK_PASSWORD');
      expect(error.details).toEqual([
        { field: 'password', messages: ['must be at most 128 characters long'] },
      ]);
    });

    it('lists every reason at once, under the given field', () => {
      const error = refusal(service, 'aaaa', 'a', 'newPassword');
      expect(error.code).toBe('WEAK_PASSWORD');
      expect(error.details).toEqual([
        {
          field: 'newPassword',
          messages: [
            'must be at least 10 characters long',
            'must not contain the user name',
            'must not be one character repeated',
          ],
        },
      ]);
      expect(error.message).toBe(
        'The password is not allowed: it must be at least 10 characters long, must not contain the user name, must not be one character repeated.',
      );
    });

    it('refuses an empty password', () => {
      const error = refusal(service, '', 'alice');
      expect(error.details).toEqual([
        { field: 'password', messages: ['must be at least 10 characters long'] },
      ]);
    });

    it('does not check the user name when there is none', () => {
      expect(() => service.assertAcceptable('Correct horse 42', '')).not.toThrow();
    });

    it('follows the configured minimum length', () => {
      const strict = new PasswordService({
        auth: { ...config.auth, passwordMinLength: 20 },
      } as AppConfig);
      expect(refusal(strict, 'Correct horse 42', 'alice').details).toEqual([
        { field: 'password', messages: ['must be at least 20 characters long'] },
      ]);
    });
  });

  describe('hash and verify', () => {
    it('verifies the password a hash was made from, and only that one', async () => {
      const hash = await service.hash('Correct horse 42');
      expect(hash).toMatch(/^\$argon2id\$v=19\$/);
      // the configured cost, in whatever order argon2 writes the parameters
      expect(hash.split('$')[3].split(',').sort()).toEqual(['m=4096', 'p=1', 't=2']);
      expect(hash).not.toContain('Correct horse 42');
      await expect(service.verify(hash, 'Correct horse 42')).resolves.toBe(true);
      await expect(service.verify(hash, 'correct horse 42')).resolves.toBe(false);
      await expect(service.verify(hash, '')).resolves.toBe(false);
    });

    it('salts every hash', async () => {
      const [first, second] = await Promise.all([
        service.hash('same password'),
        service.hash('same password'),
      ]);
      expect(first).not.toBe(second);
    });

    it('answers false when there is no hash, whatever the password', async () => {
      await expect(service.verify(undefined, 'anything')).resolves.toBe(false);
      await expect(service.verify(undefined, '')).resolves.toBe(false);
    });

    it('answers false for a malformed hash instead of throwing', async () => {
      await expect(service.verify('not-a-hash', 'anything')).resolves.toBe(false);
      await expect(
        service.verify('$argon2id$v=19$m=4096,t=2,p=1$broken', 'anything'),
      ).resolves.toBe(false);
      await expect(service.verify('', 'anything')).resolves.toBe(false);
    });
  });

  describe('generateTemporary', () => {
    it('makes passwords the policy accepts', () => {
      for (let i = 0; i < 20; i++) {
        const password = service.generateTemporary();
        expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
        expect(() => service.assertAcceptable(password, 'alice')).not.toThrow();
      }
    });

    it('makes a different password every time', () => {
      const passwords = new Set(Array.from({ length: 50 }, () => service.generateTemporary()));
      expect(passwords.size).toBe(50);
    });
  });
});
