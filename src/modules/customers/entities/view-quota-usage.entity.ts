import { Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Col } from '../../../database/columns';
import { UserAccount } from '../../../users/entities/user-account.entity';

/** How many customer records one user has read on one business day (§3.4). */
@Entity('view_quota_usage')
@Unique(['userId', 'day'])
export class ViewQuotaUsage {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() userId: number;
  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;
  /** `YYYY-MM-DD` in the business time zone */
  @Col.string(10) day: string;
  /** customer records read that day, unfreezes notwithstanding */
  @Col.int() count: number;
  /**
   * the count when the account was last unfrozen that day: the limit counts from there, so
   * an unfreeze gives a fresh allowance (§3.4: after unfreezing, work continues)
   */
  @Col.int({ default: 0 }) countAtUnfreeze: number;
}
