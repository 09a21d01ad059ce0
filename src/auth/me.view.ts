import { ApiProperty } from '@nestjs/swagger';
import type { Role } from '../access/role';
import type { UserStatus } from '../users/user-status';

/** The signed-in account, as `/api/auth/me` shows it. */
export class MeUserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  status: UserStatus;
  twoFactorEnabled: boolean;
  lastLoginAt: Date | null;
}

/** The to-do counts shown at sign-in (contributed by the interactions module). */
export class TodoCountsView {
  overdue: number;
  dueToday: number;
  upcoming: number;
  delegated: number;
}

/** The bulletin board's figure shown at sign-in (contributed by the bulletin module). */
export class BulletinCountsView {
  /** current notices for the user's role that they have not marked read */
  unread: number;
}

/**
 * What `/api/auth/me` answers: the account, what is still to do before the sign-in is
 * complete, the abilities packed for a browser client (CASL `packRules`), and the parts other
 * modules contribute (sign-in-summary.registry.ts).
 */
export class MeView {
  user: MeUserView;
  mustChangePassword: boolean;
  mustEnableTwoFactor: boolean;
  /** CASL rules packed with `packRules` from `@casl/ability/extra`: unpack them in the client */
  // Packed rules are arrays of mixed values, which the plugin would call objects.
  @ApiProperty({ type: 'array', items: {} })
  rules: unknown[];
  /** null when the user may not read interactions */
  todo?: TodoCountsView | null;
  /** null when the user may not read the bulletin board */
  bulletin?: BulletinCountsView | null;
}
