import { rangesFor } from '../src/modules/customers/customer-search-terms';

/**
 * The customer list's and detail's SQL as a hand-written server would send it, for the raw
 * comparisons and the bare server. Portable SQL with `?` placeholders.
 */
const LIST_COLUMNS =
  'c.id, c.code, c.name, c.gender, c.birthday, c.mobile, c.category, c.stage, c.level, c.status_tag, c.city_code, c.created_at, c.owner_id, u.display_name AS owner_name';

export interface ListQuery {
  page: string;
  count: string;
  params: unknown[];
}

/** One page of 20 newest live customers, and their total; matching `q` when given. */
export function listQuery(q?: string): ListQuery {
  const ranges = q ? (rangesFor(q, 'all') ?? []) : [];
  const where = ranges.length
    ? `AND c.id IN (SELECT customer_id FROM customer_search_term WHERE ${ranges.map(() => 'term BETWEEN ? AND ?').join(' OR ')})`
    : '';
  return {
    page: `SELECT ${LIST_COLUMNS} FROM customer c LEFT JOIN app_user u ON u.id = c.owner_id
           WHERE c.deleted_at IS NULL ${where} ORDER BY c.created_at DESC, c.id DESC LIMIT 20`,
    count: `SELECT COUNT(*) AS n FROM customer c WHERE c.deleted_at IS NULL ${where}`,
    params: ranges.flatMap((range) => [range.from, range.to]),
  };
}

export const DETAIL_SQL = `SELECT c.*, u.display_name AS owner_name, i.code AS introducer_code, i.name AS introducer_name
  FROM customer c LEFT JOIN app_user u ON u.id = c.owner_id LEFT JOIN customer i ON i.id = c.introducer_id
  WHERE c.id = ?`;
