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
      secretOrKey: config.auth.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: true,
    });
  }

  validate(payload: AccessTokenPayload): Promise<Principal> {
    return this.auth.principalFor(payload);
  }
}
