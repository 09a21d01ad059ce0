import type { Action, Subject } from '../../access/permission-catalogue';
import type { Principal } from '../../access/principal';
import type { MessageKey } from '../../common/i18n/catalogue';
import type { ReportParameter, ReportParameters } from './report-parameter';
import type { ReportResult } from './report-result';

/**
 * A report (§8): its key, title, the parameters it takes, who may run it, and how its figures
 * are found. A business module defines the reports over its own tables and contributes them
 * (`@Contributes(ReportRegistry)`); the reports module validates, renders and audits.
 */
export interface ReportDefinition {
  /** in the URL: `/api/reports/:key` */
  readonly key: string;
  readonly title: MessageKey;
  /** who may run it: the ability a route would check */
  readonly ability: readonly [Action, Subject];
  /** the parameters it takes; any other one asked for is refused */
  readonly parameters: readonly ReportParameter[];
  /** those it cannot do without */
  readonly required: readonly ReportParameter[];
  /**
   * The figures, aggregated in the database, within what the principal may see (the same
   * record scope as the lists).
   */
  run(principal: Principal, parameters: ReportParameters): Promise<ReportResult>;
}
