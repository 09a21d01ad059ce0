import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Role } from '../../../access/role';
import { Col } from '../../../database/columns';
import { Notice } from './notice.entity';

/**
 * A role a notice is shown to, with a copy of what the board filters and orders by (pinned,
 * the visible period), so that a role's board, its total and the unread figure at sign-in are
 * one range of one index (role, pinned, visibleFrom, noticeId, visibleTo), never the notices'
 * rows. A notice for all staff has a row for every role; a withdrawn one has none. Written
 * only by NoticesService, with the notice, in the same transaction.
 */
@Entity('bulletin_notice_role')
@Index(['role', 'pinned', 'visibleFrom', 'noticeId', 'visibleTo'])
export class NoticeRole {
  @Col.intKey() noticeId: number;
  @ManyToOne(() => Notice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'notice_id' })
  notice?: Notice;
  @Col.stringKey(16) role: Role;
  @Col.bool({ default: false }) pinned: boolean;
  @Col.datetime() visibleFrom: Date;
  @Col.datetime({ nullable: true }) visibleTo: Date | null;
}
