import type { DataSource } from 'typeorm';
import { PreparedQuery } from '../../database/prepared-query';
import { PreparedQueryShapes } from '../../database/prepared-query-shapes';
import { Notice } from './entities/notice.entity';
import type { NoticeCategory } from './notice-category';

/** Whose board: their role and id, the instant it is read at, and a category if asked. */
export interface BoardParams {
  role: string;
  userId: number;
  now: Date;
  category?: NoticeCategory;
}

/** The board's page as read: a notice's listed columns, and the reader's receipt if any. */
export type BoardRow = Pick<
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
> & { reads: { readAt: Date } | null };

/**
 * The notices current for a role (not withdrawn, inside their visible period), found through
 * the (role, notice) index: the one filter of the board's page, its total and the unread
 * count at sign-in, so that none of them can show what another leaves out.
 */
function currentFor(source: DataSource, category: boolean) {
  const query = source
    .getRepository(Notice)
    .createQueryBuilder('n')
    .innerJoin('n.roles', 'audience', 'audience.role = :role')
    .where('n.withdrawnAt IS NULL')
    .andWhere('n.visibleFrom <= :now')
    .andWhere('(n.visibleTo IS NULL OR n.visibleTo > :now)');
  if (category) query.andWhere('n.category = :category');
  return query;
}

/**
 * One page of a reader's board, pinned first, then newest first (by when it became visible),
 * with their read receipt: every member of staff opens it, so built once per page and
 * category and read into plain rows.
 */
export const BOARD_PAGE = new PreparedQueryShapes<
  { page: number; pageSize: number; category?: string },
  BoardRow,
  BoardParams
>(
  (input) => [input.page, input.pageSize, input.category ? 'c' : ''].join('|'),
  (source, input) =>
    currentFor(source, !!input.category)
      .leftJoin('n.reads', 'receipt', 'receipt.userId = :userId')
      .select([
        'n.id',
        'n.title',
        'n.category',
        'n.pinned',
        'n.visibleFrom',
        'n.visibleTo',
        'n.authorId',
        'n.createdAt',
        'n.updatedAt',
        'receipt.readAt',
      ])
      .orderBy('n.pinned', 'DESC')
      .addOrderBy('n.visibleFrom', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .offset((input.page - 1) * input.pageSize)
      .limit(input.pageSize),
);

/** How many notices the board of a role holds (with a category or not). */
export const BOARD_TOTAL = PreparedQueryShapes.count<{ category?: string }, BoardParams>(
  (input) => (input.category ? 'c' : ''),
  (source, input) => currentFor(source, !!input.category),
);

/** How many of a reader's current notices they have not read: the figure shown at sign-in. */
export const BOARD_UNREAD = PreparedQuery.count<Omit<BoardParams, 'category'>>((source) =>
  currentFor(source, false)
    .leftJoin('n.reads', 'receipt', 'receipt.userId = :userId')
    .andWhere('receipt.userId IS NULL'),
);
