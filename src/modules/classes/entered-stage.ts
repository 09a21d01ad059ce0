import { sqlLiteralList } from '../../database/sql-literal-list';
import { ENTERED_CLASS } from './enrolment/enrolment-status';

/** The statuses of a student who entered a class, as an SQL list (constants, not input). */
export const ENTERED_CLASS_SQL = sqlLiteralList(ENTERED_CLASS);

/**
 * Whether the student of enrolment `e` entered a class of the main line's `stage` (any time):
 * portable SQL over this module's own tables.
 */
export function enteredStage(stage: 2 | 3): string {
  return `CASE WHEN EXISTS (SELECT 1 FROM enrolment nx INNER JOIN training_class nk ON nk.id = nx.class_id INNER JOIN course nc ON nc.id = nk.course_id WHERE nx.customer_id = e.customer_id AND nc.stage = ${stage} AND nx.status IN (${ENTERED_CLASS_SQL})) THEN e.customer_id END`;
}
