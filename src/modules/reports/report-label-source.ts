/**
 * What a report's row may name by id, shown by its label; `customerProvince` names a customer's
 * province (for reports that group people by region).
 */
export type ReportLabelKind = 'class' | 'course' | 'customer' | 'customerProvince';

/**
 * How the module that owns a kind of record names them for reports (a class: its course and
 * term): reports of other modules hold only ids, and read no other module's tables.
 */
export interface ReportLabelSource {
  readonly kind: ReportLabelKind;
  /** the labels of the ids that exist; an unknown id is left out */
  labels(ids: readonly number[]): Promise<Map<number, string>>;
}
