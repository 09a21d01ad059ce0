import { Entity, JoinColumn, OneToOne } from 'typeorm';
import { Col } from '../../../database/columns';
import { UserAccount } from '../../../users/entities/user-account.entity';

/**
 * A user's secret for subscribing to the course calendar from a phone (calendar apps send
 * no sign-in): one a user, kept only as its SHA-256, replaced or revoked by its owner.
 */
@Entity('schedule_feed_token')
export class ScheduleFeedToken {
  @Col.intKey() userId: number;
  @OneToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;
  /** hex SHA-256 of the token */
  @Col.string(64, { unique: true }) tokenHash: string;
  @Col.createdAt() createdAt: Date;
}
