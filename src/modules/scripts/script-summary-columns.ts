import type { SelectQueryBuilder } from 'typeorm';
import type { Script } from './entities/script.entity';

/** What a list shows of a script: all but the body. */
const SUMMARY_COLUMNS: readonly (keyof Script)[] = [
  'id',
  'courseId',
  'situation',
  'title',
  'tags',
  'forNewStaff',
  'readingOrder',
  'revision',
  'updatedAt',
  'updatedById',
];

/**
 * Reads the summary columns only: a search sorts its matches, and carrying each body
 * (up to 10,000 characters) through the sort cost twice the query (bench `scripts`).
 */
export function selectSummaryColumns(rows: SelectQueryBuilder<Script>): SelectQueryBuilder<Script> {
  return rows.select(SUMMARY_COLUMNS.map((column) => `${rows.alias}.${column}`));
}
