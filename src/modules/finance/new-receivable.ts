/** What an enrolment owes when it is made: the course's fee and the discount granted. */
export interface NewReceivable {
  enrolmentId: number;
  classId: number;
  courseId: number;
  customerId: number;
  /** the coordinator who enrolled the student */
  coordinatorId: number;
  feeFen: number;
  discountFen: number;
  discountReason: string | null;
}
