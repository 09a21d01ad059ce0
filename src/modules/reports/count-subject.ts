import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Action, Subject } from '../../access/permission-catalogue';
import type { Principal } from '../../access/principal';
import type { CountDimension } from './count-dimension';
import type { CountQuestion } from './count-question';

/** What ad-hoc counts count: customers, interaction records or enrolments. */
export const COUNT_SUBJECTS = ['customers', 'interactions', 'enrolments'] as const;
export type CountSubjectKey = (typeof COUNT_SUBJECTS)[number];

/**
 * A subject of the ad-hoc counts, contributed by the module that owns its table
 * (`@Contributes(CountSubjectRegistry)`): the dimensions it may be grouped by, as column
 * expressions it owns, and the filters of its list it takes. The reports module groups,
 * caps, names the owners and audits; it reads no table of the subject's.
 */
export interface CountSubject {
  readonly subject: CountSubjectKey;
  /** who may count it: the ability its list checks */
  readonly ability: readonly [Action, Subject];
  readonly dimensions: readonly CountDimension[];
  /** the names of the list filters it takes (fields of CountsQueryDto) */
  readonly filters: readonly string[];
  /**
   * Its records in the principal's record scope (as its list), filtered and within the period;
   * with the SQL of each dimension asked for, read from the query's aliases. Parameters the
   * expressions need are set on the query.
   */
  query(
    principal: Principal,
    question: CountQuestion,
  ): { query: SelectQueryBuilder<ObjectLiteral>; expressions: string[] };
  /** the names of a dimension's values (all but `owner` and `month`); an unknown one left out */
  labels(dimension: CountDimension, values: string[]): Promise<Map<string, string>>;
}
