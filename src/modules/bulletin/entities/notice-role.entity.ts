import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Role } from '../../../access/role';
import { Col } from '../../../database/columns';
import { Notice } from './notice.entity';

/**
 * A role a notice is shown to. A notice for all staff has a row for every role too, so that
 * the board of a role is one join on (role, notice) whatever the audience.
 */
@Entity('bulletin_notice_role')
@Index(['role', 'noticeId'])
export class NoticeRole {
  @Col.intKey() noticeId: number;
  @ManyToOne(() => Notice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notice_id' })
  notice?: Notice;
  @Col.stringKey(16) role: Role;
}
