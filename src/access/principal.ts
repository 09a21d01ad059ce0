import type { AppAbility } from './app-ability';
import type { Role } from './role';

/** The signed-in user of a request, as the guard established it. */
export interface Principal {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  sessionId: number;
  ability: AppAbility;
  /** first sign-in or reset: only the password change is open until it is done */
  mustChangePassword: boolean;
  /** the role requires two-factor sign-in and this user has not set it up yet */
  mustEnableTwoFactor: boolean;
  /** this user's own daily limit of customer records, or null for the configured one */
  dailyViewQuota: number | null;
}
