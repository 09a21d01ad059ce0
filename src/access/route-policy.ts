import type { Action, Subject } from './permission-catalogue';

export const ROUTE_POLICY = 'crm:route-policy';
export const ALLOW_PENDING_SIGN_IN = 'crm:allow-pending-sign-in';

/**
 * How a route is protected. Every handler declares one; a route without one is refused by
 * the guard and reported by the route-walk test.
 */
export type RoutePolicy =
  { kind: 'public' } | { kind: 'signedIn' } | { kind: 'ability'; action: Action; subject: Subject };
