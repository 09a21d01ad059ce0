/** The parameters reports take (the server's one vocabulary, ReportParametersDto), in form order. */
export const REPORT_PARAMETERS = [
  'from',
  'to',
  'courseId',
  'classId',
  'customerId',
  'category',
  'top',
] as const;

export type ReportParameter = (typeof REPORT_PARAMETERS)[number];

/** A report's parameters as the form holds them and the URL carries them. */
export type ReportParameterValues = Partial<Record<ReportParameter, string | number | null>>;
