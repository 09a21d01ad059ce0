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

/** The statuses of a student who entered a class (src/modules/classes/enrolment/enrolment-status.ts). */
const ENTERED = "('enrolled', 'graduated', 'dropped')";

/** 金牌IMO (gold-imo) as one SQL: introducers by the people they brought into a class. */
export const GOLD_IMO_SQL = `SELECT e.introducer_id, COUNT(DISTINCT e.customer_id) AS referrals
  FROM enrolment e JOIN training_class k ON k.id = e.class_id JOIN course c ON c.id = k.course_id
  WHERE e.introducer_id IS NOT NULL AND e.status IN ${ENTERED} AND e.enrolled_at >= ? AND e.enrolled_at < ?
  GROUP BY e.introducer_id ORDER BY COUNT(DISTINCT e.customer_id) DESC, e.introducer_id LIMIT 10`;

function enteredStage(stage: number): string {
  return `CASE WHEN EXISTS (SELECT 1 FROM enrolment nx JOIN training_class nk ON nk.id = nx.class_id
    JOIN course nc ON nc.id = nk.course_id WHERE nx.customer_id = e.customer_id AND nc.stage = ${stage}
    AND nx.status IN ${ENTERED}) THEN 1 ELSE 0 END`;
}

/** 各地学员晋升状况 (regional-promotion) as one SQL: a class's students by province, on to TR2 and TA. */
export const REGIONAL_SQL = `SELECT cu.province_code, COUNT(*) AS students, SUM(${enteredStage(2)}) AS tr2, SUM(${enteredStage(3)}) AS ta
  FROM enrolment e JOIN customer cu ON cu.id = e.customer_id
  WHERE e.class_id = ? AND e.status IN ${ENTERED} GROUP BY cu.province_code`;

/** One of staff-performance's figures: the records each member of staff wrote in the period. */
export const RECORDS_BY_STAFF_SQL = `SELECT staff_id, COUNT(*) AS n FROM interaction
  WHERE occurred_at >= ? AND occurred_at < ? GROUP BY staff_id`;

/** Live customers counted by province and status tag: the ad-hoc count of two dimensions. */
export const CUSTOMERS_BY_PROVINCE_STATUS_SQL = `SELECT province_code, status_tag, COUNT(*) AS n
  FROM customer WHERE deleted_at IS NULL GROUP BY province_code, status_tag`;
