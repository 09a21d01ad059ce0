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

/** A table as shown: its column labels in the reader's language. */
export interface ReportDocumentTable {
  columns: { key: string; label: string; kind: ReportColumnKind }[];
  rows: ReportRow[];
  totals: ReportRow | null;
}

/** A further table, under its title. */
export interface ReportDocumentSection extends ReportDocumentTable {
  title: string;
}

/**
 * A report run, in the reader's language: what the JSON answer is, and what the Excel and PDF
 * files are drawn from, so that the three always agree.
 */
export interface ReportDocument extends ReportDocumentTable {
  key: string;
  title: string;
  /** the parameters, as a person reads them (期间、课程) */
  subtitle: string;
  /** when it was run, in the business time zone */
  generatedAt: string;
  charts: ReportDocumentChart[];
  /** what the report states before its tables, label and value */
  facts: { label: string; value: string }[];
  sections: ReportDocumentSection[];
}
