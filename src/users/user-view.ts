import type { Role } from '../access/role';
import type { UserAccount } from './entities/user-account.entity';
import type { UserStatus } from './user-status';

/** An account as the API shows it: never a hash or a second-factor secret. */
export class UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  status: UserStatus;
  mustChangePassword: boolean;
  twoFactorEnabled: boolean;
  grants: string[];
  denials: string[];
  email: string | null;
  mobile: string | null;
  frozenAt: Date | null;
  frozenReason: string | null;
  disabledAt: Date | null;
  lastLoginAt: Date | null;
  dailyViewQuota: number | null;
  /** reminders go to this user by SMS too (the admin's choice) */
  smsReminders: boolean;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export function toUserView(user: UserAccount): UserView {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    status: user.status,
    mustChangePassword: user.mustChangePassword,
    twoFactorEnabled: user.totpEnabled,
    grants: user.grants ?? [],
    denials: user.denials ?? [],
    email: user.email,
    mobile: user.mobile,
    frozenAt: user.frozenAt,
    frozenReason: user.frozenReason,
    disabledAt: user.disabledAt,
    lastLoginAt: user.lastLoginAt,
    dailyViewQuota: user.dailyViewQuota,
    smsReminders: user.smsReminders,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    version: user.version,
  };
}
