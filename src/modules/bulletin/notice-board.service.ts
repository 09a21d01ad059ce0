import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../access/principal';
import { Clock } from '../../common/clock';
import { readPage } from '../../common/pagination/apply-page';
import type { Page } from '../../common/pagination/page';
import { TotalCache } from '../../common/pagination/total-cache';
import { BOARD_PAGE, BOARD_TOTAL, BOARD_UNREAD } from './board-notices.query';
import type { NoticePageQueryDto } from './dto/notice-page-query.dto';
import type { NoticeQueryDto } from './dto/notice-query.dto';
import { NoticeRead } from './entities/notice-read.entity';
import { Notice } from './entities/notice.entity';
import { NoticeAccess } from './notice-access';
import type { NoticeSummaryView } from './notice-summary.view';
import { NoticeViews } from './notice-views';
import type { NoticeView } from './notice.view';

/**
 * How long a board's total is kept. Every member of staff of a role shares it, and a notice
 * that comes into view or goes out of it by its period is counted at most this late; writes
 * in this process clear it at once.
 */
const BOARD_TOTAL_MS = 5_000;

/**
 * Reading the bulletin board (§6): the notices current for the reader's role, pinned first,
 * one page at a time; one notice in full; the notices one may change; the unread figure.
 */
@Injectable()
export class NoticeBoardService {
  private readonly totals = new TotalCache<number>(BOARD_TOTAL_MS, 50);

  constructor(
    @InjectRepository(Notice) private readonly notices: Repository<Notice>,
    private readonly access: NoticeAccess,
    private readonly views: NoticeViews,
    private readonly clock: Clock,
  ) {}

  async board(principal: Principal, query: NoticeQueryDto): Promise<Page<NoticeSummaryView>> {
    const source = this.notices.manager.connection;
    const now = this.clock.now();
    const params = {
      role: principal.role,
      userId: principal.id,
      now,
      ...(query.category ? { category: query.category } : {}),
    };
    const [rows, total] = await Promise.all([
      BOARD_PAGE.on(source, query).rows(this.notices.manager, params),
      this.totals.get(
        `${principal.role}|${query.category ?? ''}`,
        async () => (await BOARD_TOTAL.on(source, query).one(this.notices.manager, params)) ?? 0,
        now.getTime(),
      ),
    ]);
    return {
      items: await this.views.summaries(rows.map((row) => ({ ...row, read: row.reads !== null }))),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  /**
   * The notices the user may change, newest first, whatever their period or audience (the
   * scheduled and the expired too): their own, or everyone's for those who monitor the board.
   */
  async managed(principal: Principal, query: NoticePageQueryDto): Promise<Page<NoticeSummaryView>> {
    const rows = this.notices
      .createQueryBuilder('n')
      .leftJoinAndSelect('n.reads', 'receipt', 'receipt.userId = :userId', {
        userId: principal.id,
      })
      .where('n.withdrawnAt IS NULL');
    if (!principal.ability.can('monitor', 'Bulletin'))
      rows.andWhere('n.authorId = :authorId', { authorId: principal.id });
    const page = await readPage(rows, query, { id: 'n.id' }, '-id', (row) => row);
    return {
      ...page,
      items: await this.views.summaries(
        page.items.map((row) => ({ ...row, read: (row.reads ?? []).length > 0 })),
      ),
    };
  }

  async get(principal: Principal, id: number): Promise<NoticeView> {
    const found = await this.access.readable(principal, id);
    const reads = this.notices.manager.getRepository(NoticeRead);
    const [read, readCount] = await Promise.all([
      reads.existsBy({ noticeId: id, userId: principal.id }),
      this.access.mayEdit(principal, found.notice) ? reads.countBy({ noticeId: id }) : 0,
    ]);
    return this.views.one(principal, found, { read, readCount });
  }

  /** After a committed write to notices: the totals count again. */
  changed(): void {
    this.totals.clear();
  }

  /** How many current notices for the reader they have not read (shown at sign-in). */
  async unread(principal: Principal): Promise<number> {
    const count = await BOARD_UNREAD.one(this.notices.manager, {
      role: principal.role,
      userId: principal.id,
      now: this.clock.now(),
    });
    return count ?? 0;
  }
}
