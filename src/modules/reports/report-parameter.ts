/** The parameters reports take, one vocabulary for all (ReportQueryDto). */
export type ReportParameter =
  'from' | 'to' | 'courseId' | 'classId' | 'customerId' | 'category' | 'top';

/** The parameters as a report receives them: validated, the period's dates in the business zone. */
export interface ReportParameters {
  from?: string;
  to?: string;
  courseId?: number;
  classId?: number;
  customerId?: number;
  /** a customer category (student, prospect…), checked by the report that takes it */
  category?: string;
  /** how many of a ranking to show */
  top?: number;
}
