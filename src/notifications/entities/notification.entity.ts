import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../database/columns';
import { UserAccount } from '../../users/entities/user-account.entity';

/**
 * A message in one user's in-app inbox. It points at what it is about and is written in the
 * reader's language when read, from that record as it is then (NotificationTextRegistry).
 */
@Entity('notification')
@Index(['userId', 'createdAt', 'id'])
@Index(['userId', 'readAt'])
export class Notification {
  @PrimaryGeneratedColumn() id: number;
  @Col.int() userId: number;
  @ManyToOne(() => UserAccount, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;
  /** what it is about, e.g. account.locked, plan.reminder: says how its text is written */
  @Col.string(64) kind: string;
  /** text stored by older versions; null when it is written from `data` on reading */
  @Col.string(200, { nullable: true }) title: string | null;
  @Col.text({ nullable: true }) body: string | null;
  /** the ids and values the text is written from (planId, userId, day …), never personal text */
  @Col.json({ nullable: true }) data: Record<string, unknown> | null;
  @Col.datetime({ nullable: true }) readAt: Date | null;
  @Col.createdAt() createdAt: Date;
}
