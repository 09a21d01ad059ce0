import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../database/columns';
import { UserAccount } from '../../users/entities/user-account.entity';

/**
 * One signed-in device. The refresh token is `<id>.<secret>` and only a hash of the secret is
 * kept; each refresh replaces it, and presenting the replaced one revokes the session.
 */
@Entity('auth_session')
@Index(['userId'])
export class AuthSession {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() userId: number;
  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;
  @Col.string(64) refreshHash: string;
  /** the hash before the last refresh: a token presented again after its use */
  @Col.string(64, { nullable: true }) previousRefreshHash: string | null;
  /** the account's sessionGeneration when this session began */
  @Col.int() generation: number;
  @Col.datetime() expiresAt: Date;
  @Col.datetime({ nullable: true }) revokedAt: Date | null;
  @Col.string(32, { nullable: true }) revokedReason: string | null;
  @Col.string(64, { nullable: true }) ip: string | null;
  @Col.string(512, { nullable: true }) userAgent: string | null;
  @Col.datetime() createdAt: Date;
  @Col.datetime() lastRefreshedAt: Date;
}
