/** One class's money, in fen: what its students owe, paid, were refunded and still owe. */
export class ClassMoneyView {
  classId: number;
  courseId: number;
  /** enrolments with a receivable */
  students: number;
  dueFen: number;
  paidFen: number;
  refundedFen: number;
  outstandingFen: number;
}
