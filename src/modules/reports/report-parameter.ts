/** The parameters reports take, one vocabulary for all (ReportQueryDto). */
export type ReportParameter = 'from' | 'to' | 'courseId';

/** The parameters as a report receives them: validated, the period's dates in the business zone. */
export interface ReportParameters {
  from?: string;
  to?: string;
  courseId?: number;
}
