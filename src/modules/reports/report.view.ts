/** A column of a report's table. */
export class ReportColumnView {
  key: string;
  label: string;
  /** `text`, `count`, `fen` (money in fen), `percent` (a fraction: 0.25 is 25%) */
  kind: 'text' | 'count' | 'fen' | 'percent';
}

/** One series of a chart: a colour of bars, or the slices of a pie. */
export class ReportSeriesView {
  name: string;
  values: number[];
}

/** A chart of a report (the PDF draws it, the Excel file holds it as an image). */
export class ReportChartView {
  kind: 'bar' | 'pie';
  title: string;
  categories: string[];
  series: ReportSeriesView[];
  /** the values are fen */
  money: boolean;
}

/** A fact the report states before its tables (a class's dates, venue, head coach). */
export class ReportFactView {
  label: string;
  value: string;
}

/** A further table of the report (a sheet of its own in Excel). */
export class ReportSectionView {
  title: string;
  columns: ReportColumnView[];
  rows: Record<string, string | number | null>[];
  totals: Record<string, string | number | null> | null;
}

/** A report run: the same figures the Excel and PDF renderings show. */
export class ReportView {
  key: string;
  title: string;
  /** the parameters as a person reads them */
  subtitle: string;
  /** when it was run, business time zone */
  generatedAt: string;
  columns: ReportColumnView[];
  /** a value per column key */
  rows: Record<string, string | number | null>[];
  totals: Record<string, string | number | null> | null;
  charts: ReportChartView[];
  /** empty but for reports of one thing, such as a class */
  facts: ReportFactView[];
  /** further tables after the main one */
  sections: ReportSectionView[];
}
