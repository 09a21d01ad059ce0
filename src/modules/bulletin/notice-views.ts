import { Injectable } from '@nestjs/common';
import type { Principal } from '../../access/principal';
import { UsersService } from '../../users/users.service';
import type { Notice } from './entities/notice.entity';
import { NoticeBody } from './notice-body';
import { NoticeAccess, type NoticeWithRoles } from './notice-access';
import { NoticeAttachments } from './notice-attachments';
import type { NoticeSummaryView } from './notice-summary.view';
import type { NoticeView } from './notice.view';

/** The columns a list shows of a notice. */
export type NoticeSummaryRow = Pick<
  Notice,
  | 'id'
  | 'title'
  | 'category'
  | 'pinned'
  | 'visibleFrom'
  | 'visibleTo'
  | 'authorId'
  | 'createdAt'
  | 'updatedAt'
>;

/** Notices as the API shows them: authors named, bodies sanitised and rendered on the way out. */
@Injectable()
export class NoticeViews {
  constructor(
    private readonly users: UsersService,
    private readonly access: NoticeAccess,
    private readonly attachments: NoticeAttachments,
  ) {}

  /** List items, each with whether the reader has read it. */
  async summaries(rows: (NoticeSummaryRow & { read: boolean })[]): Promise<NoticeSummaryView[]> {
    const authors = new Map(
      (await this.users.staffMembers(rows.map((row) => row.authorId))).map((user) => [
        user.id,
        user.displayName,
      ]),
    );
    return rows.map((row) => ({
      id: row.id,
      title: row.title,
      category: row.category,
      pinned: row.pinned,
      visibleFrom: row.visibleFrom,
      visibleTo: row.visibleTo,
      author: { id: row.authorId, displayName: authors.get(row.authorId) ?? '' },
      read: row.read,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    }));
  }

  /**
   * A notice in full, for `principal`: the attachments the library shows them, and
   * `readCount` only when they may change it.
   */
  async one(
    principal: Principal,
    { notice, roles }: NoticeWithRoles,
    figures: { read: boolean; readCount: number },
  ): Promise<NoticeView> {
    const [summary] = await this.summaries([{ ...notice, read: figures.read }]);
    const attachments = await this.attachments.visibleTo(principal, notice.id);
    const mayEdit = this.access.mayEdit(principal, notice);
    return {
      ...summary,
      bodyMarkdown: NoticeBody.source(notice.body),
      bodyHtml: NoticeBody.html(notice.body),
      attachments,
      audience: notice.audienceAll ? 'all' : 'roles',
      roles: [...roles].sort(),
      mayEdit,
      readCount: mayEdit ? figures.readCount : null,
      version: notice.version,
    };
  }
}
