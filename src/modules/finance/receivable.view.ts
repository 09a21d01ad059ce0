import type { Receivable } from './entities/receivable.entity';
import { outstandingOf } from './outstanding';
import type { ReceivableStatus } from './receivable-status';

/** What an enrolment owes, paid and still owes, in fen (§4.2.3). */
export class ReceivableView {
  id: number;
  enrolmentId: number;
  classId: number;
  courseId: number;
  customerId: number;
  /** the coordinator who enrolled the student */
  coordinatorId: number;
  /** the fee less discounts */
  dueFen: number;
  /** payments less their reversals */
  paidFen: number;
  refundedFen: number;
  /** dueFen − paidFen; 0 once refunded or written off */
  outstandingFen: number;
  status: ReceivableStatus;
  /** `YYYY-MM-DD` the first instalment not covered by the payments falls due; null without a plan */
  nextDueDate: string | null;
  createdAt: Date;
  version: number;

  static of(row: Receivable): ReceivableView {
    return {
      id: row.id,
      enrolmentId: row.enrolmentId,
      classId: row.classId,
      courseId: row.courseId,
      customerId: row.customerId,
      coordinatorId: row.coordinatorId,
      dueFen: row.dueFen,
      paidFen: row.paidFen,
      refundedFen: row.refundedFen,
      outstandingFen: outstandingOf(row),
      status: row.status,
      nextDueDate: row.nextDueDate,
      createdAt: row.createdAt,
      version: row.version,
    };
  }
}
