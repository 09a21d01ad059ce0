import { Entity, JoinColumn, ManyToOne } from 'typeorm';
import { Col } from '../../../database/columns';
import { UserAccount } from '../../../users/entities/user-account.entity';
import { Notice } from './notice.entity';

/**
 * A read receipt: this user has read this notice. The key (notice, user) makes a second
 * receipt impossible, however many requests race to write it.
 */
@Entity('bulletin_read')
export class NoticeRead {
  @Col.intKey() noticeId: number;
  @ManyToOne(() => Notice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notice_id' })
  notice?: Notice;
  @Col.intKey() userId: number;
  @ManyToOne(() => UserAccount)
  @JoinColumn({ name: 'user_id' })
  user?: UserAccount;
  @Col.datetime() readAt: Date;
}
