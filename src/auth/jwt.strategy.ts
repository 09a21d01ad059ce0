import { createSecretKey } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import type { Principal } from '../access/principal';
import { AppConfig } from '../config/app-config';
import type { AccessTokenPayload } from './access-token-payload';
import { AuthService } from './auth.service';

/**
 * Verifies the bearer token's signature; expiry is checked against the injectable clock
 * and the session and account against the database, in AuthService.principalFor.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
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
    });
  }

  validate(payload: AccessTokenPayload): Promise<Principal> {
    return this.auth.principalFor(payload);
  }
}
