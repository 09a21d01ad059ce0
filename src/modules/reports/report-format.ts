/** The formats every report renders in, from the same figures. */
export const REPORT_FORMATS = ['json', 'xlsx', 'pdf'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];
