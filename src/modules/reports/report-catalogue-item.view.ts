/** A report the user may run, and how to ask for it. */
export class ReportCatalogueItemView {
  key: string;
  title: string;
  /** the parameters it takes (GET /api/reports/:key?…) */
  parameters: string[];
  /** those it needs */
  required: string[];
  formats: string[];
}
