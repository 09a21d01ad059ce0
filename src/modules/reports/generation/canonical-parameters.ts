import type { ReportParameters } from '../report-parameter';

/**
 * The parameters as one text for the same values however they were given (keys sorted,
 * absent ones left out), so that a rendering is found again by them.
 */
export function canonicalParameters(parameters: ReportParameters): string {
  const entries = Object.entries(parameters)
    .filter(([, value]) => value !== undefined && value !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(entries));
}
