import { Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Col } from '../../../database/columns';
import { UserAccount } from '../../../users/entities/user-account.entity';
import type { NoticeCategory } from '../notice-category';
import { NoticeRead } from './notice-read.entity';
import { NoticeRole } from './notice-role.entity';

/**
 * A notice of the bulletin board (§6, 公示板). Its body is Markdown already sanitised when
 * stored (notice-body.ts), and rendered and sanitised again when served. Withdrawn notices
 * stay (soft delete): their read receipts and audit rows still name them.
 */
@Entity('bulletin_notice')
// The notices an author manages, newest first.
@Index(['authorId', 'id'])
export class Notice {
  @PrimaryGeneratedColumn() id: number;
  @Col.string(200) title: string;
  /** sanitised Markdown */
  @Col.text() body: string;
  @Col.string(20) category: NoticeCategory;
  @Col.bool({ default: false }) pinned: boolean;
  /** shown from this instant … */
  @Col.datetime() visibleFrom: Date;
  /** … until this one (exclusive); null: until withdrawn */
  @Col.datetime({ nullable: true }) visibleTo: Date | null;
  /** for every member of staff; else only for the roles of its NoticeRole rows */
  @Col.bool({ default: true }) audienceAll: boolean;
  @Col.int() authorId: number;
  @ManyToOne(() => UserAccount)
  @JoinColumn({ name: 'author_id' })
  author?: UserAccount;
  @Col.datetime({ nullable: true }) withdrawnAt: Date | null;
  @Col.int({ nullable: true }) withdrawnById: number | null;
  @Col.createdAt() createdAt: Date;
  @Col.updatedAt() updatedAt: Date;
  @Col.version() version: number;
  /** joined by the board's reads only: the roles it is for, the receipts of its readers */
  @OneToMany(() => NoticeRole, (role) => role.notice)
  roles?: NoticeRole[];
  @OneToMany(() => NoticeRead, (read) => read.notice)
  reads?: NoticeRead[];
}
