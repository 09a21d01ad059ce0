import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Principal } from '../access/principal';
import { AppConfig } from '../config/app-config';
import type { AccessTokenPayload } from './access-token-payload';
import { AuthService } from './auth.service';

/** The request as passport-jwt types it (Express's; Fastify's raw request here). */
type TokenRequest = Parameters<Strategy['authenticate']>[0];

/** How many verified access tokens are remembered (the oldest forgotten first). */
const REMEMBERED_TOKENS = 10_000;

/**
 * Verifies the bearer token's signature; expiry is checked against the injectable clock
 * and the session and account against the database, in AuthService.principalFor, on every
 * request. A token's signature is verified once: the text of a token that passed is
 * remembered with its payload (the same text always carries the same payload, and the key
 * and algorithm do not change while the process runs), which saves the HMAC and the JSON
 * parsing on every later request with it. Revocation stays immediate: principalFor still
 * reads the session and account each time.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  private readonly verified = new Map<string, AccessTokenPayload>();
  private readonly tokenOf = ExtractJwt.fromAuthHeaderAsBearerToken();

  constructor(
    config: AppConfig,
    private readonly auth: AuthService,
  ) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // A key object, not the string: jsonwebtoken would otherwise parse the string into a
      // key again on every request (it accepts a KeyObject; the typings only name strings).
      secretOrKey: createSecretKey(Buffer.from(config.auth.jwtSecret)) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: true,
      passReqToCallback: true,
    });
  }

  /** passport-jwt's, but a token already verified goes straight to the server-side checks. */
  override authenticate(request: TokenRequest, options?: object): void {
    const token = this.tokenOf(request);
    const payload = token ? this.verified.get(token) : undefined;
    if (!payload) return super.authenticate(request, options);
    this.auth.principalFor(payload).then(
      (principal) => this.success(principal),
      (error: unknown) => this.error(error as Error),
    );
  }

  /** Called by passport-jwt once the token's signature was verified. */
  validate(request: TokenRequest, payload: AccessTokenPayload): Promise<Principal> {
    const token = this.tokenOf(request);
    if (token && !this.verified.has(token)) {
      if (this.verified.size >= REMEMBERED_TOKENS)
        this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, Object.freeze(payload));
    }
    return this.auth.principalFor(payload);
  }
}
