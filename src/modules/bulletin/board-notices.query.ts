import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { PreparedQuery } from '../../database/prepared-query';
import { PreparedQueryShapes } from '../../database/prepared-query-shapes';
import { NoticeRead } from './entities/notice-read.entity';
import { NoticeRole } from './entities/notice-role.entity';
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
 * The notices current for a role (inside their visible period; withdrawn ones have no role
 * rows), as a range of the role rows' (role, pinned, visibleFrom, noticeId, visibleTo) index:
 * the one filter of the board's page, its total and the unread figure at sign-in, so that
 * none of them can show what another leaves out.
 */
function current<Q extends SelectQueryBuilder<ObjectLiteral>>(query: Q, alias: string): Q {
  return query
    .andWhere(`${alias}.role = :role`)
    .andWhere(`${alias}.visibleFrom <= :now`)
    .andWhere(`(${alias}.visibleTo IS NULL OR ${alias}.visibleTo > :now)`);
}

/**
 * One page of a reader's board, pinned first, then newest first (by when it became visible),
 * with their read receipt: every member of staff opens it, so built once per page and
 * category and read into plain rows. The order is the role rows' index, read backwards.
 */
export const BOARD_PAGE = new PreparedQueryShapes<
  { page: number; pageSize: number; category?: string },
  BoardRow,
  BoardParams
>(
  (input) => [input.page, input.pageSize, input.category ? 'c' : ''].join('|'),
  (source, input) => {
    const query = source
      .getRepository(Notice)
      .createQueryBuilder('n')
      .innerJoin('n.roles', 'audience')
      .leftJoin('n.reads', 'receipt', 'receipt.userId = :userId');
    current(query, 'audience');
    if (input.category) query.andWhere('n.category = :category');
    return query
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
      .orderBy('audience.pinned', 'DESC')
      .addOrderBy('audience.visibleFrom', 'DESC')
      .addOrderBy('audience.noticeId', 'DESC')
      .offset((input.page - 1) * input.pageSize)
      .limit(input.pageSize);
  },
);

/** How many notices the board of a role holds: the role rows alone, unless by category. */
export const BOARD_TOTAL = PreparedQueryShapes.count<{ category?: string }, BoardParams>(
  (input) => (input.category ? 'c' : ''),
  (source, input) => {
    const query = source.getRepository(NoticeRole).createQueryBuilder('audience');
    if (input.category)
      query.innerJoin(Notice, 'n', 'n.id = audience.noticeId').andWhere('n.category = :category');
    return current(query, 'audience');
  },
);

/**
 * How many of a reader's current notices they have not read: the figure of every sign-in,
 * counted from the role rows' index and the receipts' key alone.
 */
export const BOARD_UNREAD = PreparedQuery.count<Omit<BoardParams, 'category'>>((source) =>
  current(
    source
      .getRepository(NoticeRole)
      .createQueryBuilder('audience')
      .leftJoin(
        NoticeRead,
        'receipt',
        'receipt.noticeId = audience.noticeId AND receipt.userId = :userId',
      ),
    'audience',
  ).andWhere('receipt.userId IS NULL'),
);
