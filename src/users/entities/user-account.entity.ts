import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Role } from '../../access/role';
import { Col } from '../../database/columns';
import type { UserStatus } from '../user-status';

/** A staff account. Never deleted once it has history: disabled instead. */
@Entity('app_user')
// The accounts list's order: by name, then the `id` every list pages by. The unique index on
// the name alone leaves PostgreSQL to sort by `id` after it.
@Index(['username', 'id'])
export class UserAccount {
  @PrimaryGeneratedColumn() id: number;
  /** lower case, unique */
  @Col.string(64, { unique: true }) username: string;
  @Col.string(100) displayName: string;
  @Col.string(16) role: Role;
  @Col.string(16, { default: 'active' }) status: UserStatus;
  @Col.string(255) passwordHash: string;
  @Col.bool({ default: true }) mustChangePassword: boolean;
  @Col.datetime({ nullable: true }) passwordChangedAt: Date | null;
  @Col.string(64, { nullable: true }) totpSecret: string | null;
  @Col.string(64, { nullable: true }) totpPendingSecret: string | null;
  @Col.bool({ default: false }) totpEnabled: boolean;
  /** the last TOTP time step accepted, so that a code cannot be replayed */
  @Col.int({ nullable: true }) totpLastStep: number | null;
  /** permission keys granted on top of the role */
  @Col.json({ nullable: true }) grants: string[] | null;
  /** permission keys taken away from the role */
  @Col.json({ nullable: true }) denials: string[] | null;
  @Col.string(254, { nullable: true }) email: string | null;
  @Col.string(20, { nullable: true }) mobile: string | null;
  @Col.datetime({ nullable: true }) frozenAt: Date | null;
  @Col.string(200, { nullable: true }) frozenReason: string | null;
  @Col.datetime({ nullable: true }) disabledAt: Date | null;
  @Col.datetime({ nullable: true }) lastLoginAt: Date | null;
  /** bumped to end every session at once (password reset, freeze); sessions carry the value they began with */
  @Col.int({ default: 0 }) sessionGeneration: number;
  /** this user's own daily limit of customer records read; null = the configured default */
  @Col.int({ nullable: true }) dailyViewQuota: number | null;
  /** the admin chose to send this user SMS reminders (of due plans) besides the in-app inbox */
  @Col.bool({ default: false }) smsReminders: boolean;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
}
