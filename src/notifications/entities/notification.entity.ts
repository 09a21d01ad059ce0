import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../database/columns';
import { UserAccount } from '../../users/entities/user-account.entity';

/** A message in one user's in-app inbox. */
@Entity('notification')
@Index(['userId', 'createdAt'])
@Index(['userId', 'readAt'])
export class Notification {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() userId: number;
  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;
  /** what it is about, e.g. account.locked, plan.due */
  @Col.string(64) kind: string;
  @Col.string(200) title: string;
  @Col.text() body: string;
  @Col.json({ nullable: true }) data: Record<string, unknown> | null;
  @Col.datetime({ nullable: true }) readAt: Date | null;
  @Col.createdAt() createdAt: Date;
}
