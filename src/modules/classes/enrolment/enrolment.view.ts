import type { CustomerSummaryView } from '../../customers/customer-summary.view';
import type { Enrolment } from '../entities/enrolment.entity';
import type { EnrolmentStatus } from './enrolment-status';

/** A student's place in a class, as the roster and the enrolment form show it. */
export class EnrolmentView {
  id: number;
  classId: number;
  customerId: number;
  /** the student: name, code and masked mobile; null when the record is gone */
  customer: CustomerSummaryView | null;
  status: EnrolmentStatus;
  /**
   * The money of the enrolment (the course's fee when they enrolled and the discount, in
   * fen): null for readers who may not see it (money is for finance, managers and the
   * coordinator who enrolled the student).
   */
  feeFen: number | null;
  discountFen: number | null;
  discountReason: string | null;
  /** the introducer (IMO) at the moment of enrolment */
  introducerId: number | null;
  enrolledById: number;
  filledInByCustomerId: number | null;
  filledInByUserId: number | null;
  /** set when a manager let the customer skip the stage before */
  overrideReason: string | null;
  enrolledAt: Date;
  /** the receivable finance keeps for this enrolment; null when its money is not shown */
  receivableId: number | null;
  version: number;

  static of(
    row: Enrolment,
    customer: CustomerSummaryView | null,
    receivableId: number | null,
    showMoney: boolean,
  ): EnrolmentView {
    return {
      id: row.id,
      classId: row.classId,
      customerId: row.customerId,
      customer,
      status: row.status,
      feeFen: showMoney ? row.feeFen : null,
      discountFen: showMoney ? row.discountFen : null,
      discountReason: showMoney ? row.discountReason : null,
      introducerId: row.introducerId,
      enrolledById: row.enrolledById,
      filledInByCustomerId: row.filledInByCustomerId,
      filledInByUserId: row.filledInByUserId,
      overrideReason: row.overrideReason,
      enrolledAt: row.enrolledAt,
      receivableId: showMoney ? receivableId : null,
      version: row.version,
    };
  }
}
