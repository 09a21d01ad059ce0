import { SetMetadata } from '@nestjs/common';
import type { Action, Subject } from './permission-catalogue';
import { ALLOW_PENDING_SIGN_IN, ROUTE_POLICY, RoutePolicy } from './route-policy';

/** Open to anyone, signed in or not. Use for the very few routes that must be. */
export const Public = () => SetMetadata(ROUTE_POLICY, { kind: 'public' } satisfies RoutePolicy);

/** Any signed-in user; the service limits them to their own data. */
export const SignedIn = () => SetMetadata(ROUTE_POLICY, { kind: 'signedIn' } satisfies RoutePolicy);

/** Signed-in users whose role, grants and denials allow `action` on `subject`. */
export const CheckAbility = (action: Action, subject: Subject) =>
  SetMetadata(ROUTE_POLICY, { kind: 'ability', action, subject } satisfies RoutePolicy);

/**
 * Reachable before a forced password change or a required 2FA set-up is done, so that the
 * user can do just that.
 */
export const AllowPendingSignIn = () => SetMetadata(ALLOW_PENDING_SIGN_IN, true);
