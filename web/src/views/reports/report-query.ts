import type { LocationQuery } from 'vue-router';
import {
  REPORT_PARAMETERS,
  type ReportParameter,
  type ReportParameterValues,
} from './report-parameters';

const NUMBERS: readonly ReportParameter[] = ['courseId', 'classId', 'customerId', 'top'];

/**
 * A report's parameters between the URL (filters live there, so a run can be shared and
 * reloaded) and the form: only those the report takes, numbers as numbers, blanks left out.
 */
export const reportQuery = {
  read(query: LocationQuery, takes: string[]): ReportParameterValues {
    const values: ReportParameterValues = {};
    for (const name of REPORT_PARAMETERS) {
      const raw = query[name];
      if (!takes.includes(name) || typeof raw !== 'string' || raw === '') continue;
      values[name] = NUMBERS.includes(name) ? Number(raw) : raw;
    }
    return values;
  },
  write(values: ReportParameterValues): Record<string, string> {
    const query: Record<string, string> = {};
    for (const name of REPORT_PARAMETERS) {
      const value = values[name];
      if (value !== null && value !== undefined && value !== '') query[name] = String(value);
    }
    return query;
  },
};
