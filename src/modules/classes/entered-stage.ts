import { sqlLiteralList } from '../../database/sql-literal-list';
import { ENTERED_CLASS } from './enrolment/enrolment-status';

/**
 * Whether the student of enrolment `e` entered a class of the main line's `stage` (any time):
 * portable SQL over this module's own tables.
 */
export function enteredStage(stage: 2 | 3): string {
  return `CASE WHEN EXISTS (SELECT 1 FROM enrolment nx INNER JOIN training_class nk ON nk.id = nx.class_id INNER JOIN course nc ON nc.id = nk.course_id WHERE nx.customer_id = e.customer_id AND nc.stage = ${stage} AND nx.status IN (${sqlLiteralList(ENTERED_CLASS)})) THEN e.customer_id END`;
}
