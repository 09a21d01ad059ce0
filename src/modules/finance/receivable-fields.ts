/** Every column of a receivable, as the prepared statements that read whole rows select them. */
export const RECEIVABLE_FIELDS = [
  'r.id',
  'r.enrolmentId',
  'r.classId',
  'r.courseId',
  'r.customerId',
  'r.coordinatorId',
  'r.dueFen',
  'r.paidFen',
  'r.refundedFen',
  'r.status',
  'r.nextDueDate',
  'r.paidInFullAt',
  'r.createdAt',
  'r.updatedAt',
  'r.version',
] as const;
