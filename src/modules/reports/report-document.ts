import type { ReportColumnKind } from './report-column';
import type { ReportRow } from './report-result';

/** A chart as shown: its texts in the reader's language. */
export interface ReportDocumentChart {
  kind: 'bar' | 'pie';
  title: string;
  categories: string[];
  series: { name: string; values: number[] }[];
  money: boolean;
}

/**
 * A report run, in the reader's language: what the JSON answer is, and what the Excel and PDF
 * files are drawn from, so that the three always agree.
 */
export interface ReportDocument {
  key: string;
  title: string;
  /** the parameters, as a person reads them (期间、课程) */
  subtitle: string;
  /** when it was run, in the business time zone */
  generatedAt: string;
  columns: { key: string; label: string; kind: ReportColumnKind }[];
  rows: ReportRow[];
  totals: ReportRow | null;
  charts: ReportDocumentChart[];
}
