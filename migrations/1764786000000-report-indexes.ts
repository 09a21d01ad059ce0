import { MigrationInterface, QueryRunner } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/**
 * Each index: its table, columns and, where the default name (which sorts the columns) would
 * be another index's, its own name.
 */
const INDEXES: [table: string, columns: string[], name?: string][] = [
  // The people one student introduced (referral results, §8.7): each student's count read
  // every enrolment without it — at 200,000 enrolments and a year's promises, hours.
  ['enrolment', ['introducer_id', 'status', 'customer_id']],
  // Staff performance (§8.4), each figure counted from an index alone over the period: the
  // enrolments each person made, the receivables paid in full, the money received.
  // Person first: SQLite then counts each person's period from the index (2 ms where the
  // period-first index, (enrolled_at, enrolled_by_id), left it reading every enrolment by
  // person, 250 ms at 200,000).
  ['enrolment', ['enrolled_by_id', 'enrolled_at'], 'idx_enrolment_enroller_time'],
  ['receivable', ['paid_in_full_at', 'coordinator_id']],
  ['ledger_entry', ['paid_at', 'kind', 'receivable_id', 'amount_fen']],
];

/**
 * Indexes the reports need at a company's size (issue 14's benchmark: 200,000 enrolments,
 * 500,000 money rows): without them staff performance for a year took over a second on
 * SQLite (each figure read its table's rows one by one) and referral results did not finish.
 */
export class ReportIndexes1764786000000 implements MigrationInterface {
  name = 'ReportIndexes1764786000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    for (const [table, columns, name] of INDEXES)
      await runner.createIndex(table, k.index(table, columns, { name }));
  }

  async down(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    for (const [table, columns, name] of [...INDEXES].reverse())
      await runner.dropIndex(table, k.index(table, columns, { name }));
  }
}
