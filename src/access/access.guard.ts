import { ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { AuditService } from '../audit/audit.service';
import { DomainError } from '../common/errors/domain-error';
import { requestPath } from '../common/http/request-path';
import { RequestContext } from '../common/request-context';
import type { Principal } from './principal';
import { ALLOW_PENDING_SIGN_IN, ROUTE_POLICY, RoutePolicy } from './route-policy';
import { msg } from '../common/i18n/msg';

/**
 * The global guard: authenticates the bearer token (passport-jwt, with the server-side
 * session and account checks in the strategy), then applies the route's declared policy.
 * A route that declares none is refused: access is closed by default.
 */
@Injectable()
export class AccessGuard extends AuthGuard('jwt') {
  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const policy = this.reflector.getAllAndOverride<RoutePolicy | undefined>(ROUTE_POLICY, targets);
    if (policy?.kind === 'public') return true;

    await super.canActivate(context);
    const request = context.switchToHttp().getRequest<FastifyRequest & { user: Principal }>();
    const principal = request.user;
    RequestContext.setActor({
      id: principal.id,
      username: principal.username,
      role: principal.role,
    });

    const allowPending = this.reflector.getAllAndOverride<boolean>(ALLOW_PENDING_SIGN_IN, targets);
    if (!allowPending && principal.mustChangePassword) {
      throw DomainError.forbidden(msg('access.passwordChangeRequired'), 'PASSWORD_CHANGE_REQUIRED');
    }
    if (!allowPending && principal.mustEnableTwoFactor) {
      throw DomainError.forbidden(
        msg('access.twoFactorSetupRequired'),
        'TWO_FACTOR_SETUP_REQUIRED',
      );
    }

    if (policy?.kind === 'signedIn') return true;
    if (policy?.kind === 'ability' && principal.ability.can(policy.action, policy.subject))
      return true;

    await this.audit.record({
      action: 'access.denied',
      outcome: 'denied',
      meta: {
        method: request.method,
        path: requestPath(request),
        needs:
          policy?.kind === 'ability' ? `${policy.subject}:${policy.action}` : 'undeclared route',
      },
    });
    throw DomainError.forbidden(msg('errors.forbidden'), 'FORBIDDEN');
  }

  /** Passport's outcome: a rule the strategy broke passes through, anything else is a 401. */
  override handleRequest<TUser>(error: unknown, user: TUser | false): TUser {
    if (error) throw error;
    if (!user) {
      throw DomainError.unauthorized(msg('errors.unauthenticated'), 'UNAUTHENTICATED');
    }
    return user;
  }
}
