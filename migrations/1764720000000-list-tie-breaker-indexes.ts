import { MigrationInterface, QueryRunner } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/** An index a list reads in order, and the narrower one it replaces (its prefix), if any. */
interface OrderIndex {
  table: string;
  columns: string[];
  replaces?: string[];
}

/**
 * Every list pages in its order and then by `id`, so that rows never repeat or vanish between
 * pages. SQLite and SQL Server keep the row's key in every index, so an index on the order's
 * columns ends in `id` there by itself; PostgreSQL's does not, and it sorted each list's
 * rows (a job's runs, a user's inbox, the whole audit log) by `id` within equal times for
 * every page, and the plans list had no index on its order at all. These indexes hold the
 * lists' orders to the end, each replacing the index it extends. The to-do's counts ask for
 * `id` (and the delegated bucket for the assignee) as well: with them in the index they are
 * answered from it alone. The work results' index keeps `type_id` last for its counts.
 * Checked by test/platform/list-order-indexes.postgres.e2e-spec.ts.
 */
const ORDER_INDEXES: OrderIndex[] = [
  { table: 'audit_log', columns: ['occurred_at', 'id'], replaces: ['occurred_at'] },
  {
    table: 'job_run',
    columns: ['job_name', 'started_at', 'id'],
    replaces: ['job_name', 'started_at'],
  },
  {
    table: 'notification',
    columns: ['user_id', 'created_at', 'id'],
    replaces: ['user_id', 'created_at'],
  },
  { table: 'sms_message', columns: ['created_at', 'id'], replaces: ['created_at'] },
  { table: 'care_message', columns: ['occasion_date', 'id'], replaces: ['occasion_date'] },
  { table: 'app_user', columns: ['username', 'id'] },
  { table: 'interaction', columns: ['occurred_at', 'id'], replaces: ['occurred_at'] },
  {
    table: 'interaction',
    columns: ['staff_id', 'occurred_at', 'id', 'type_id'],
    replaces: ['staff_id', 'occurred_at', 'type_id'],
  },
  { table: 'interaction_plan', columns: ['due_at', 'id'] },
  {
    table: 'interaction_plan',
    columns: ['assignee_id', 'status', 'due_at', 'id'],
    replaces: ['assignee_id', 'status', 'due_at'],
  },
  {
    table: 'interaction_plan',
    columns: ['owner_id', 'status', 'due_at', 'id', 'assignee_id'],
    replaces: ['owner_id', 'status', 'due_at'],
  },
];

export class ListTieBreakerIndexes1764720000000 implements MigrationInterface {
  name = 'ListTieBreakerIndexes1764720000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    for (const { table, columns, replaces } of ORDER_INDEXES) {
      await runner.createIndex(table, k.index(table, columns));
      if (replaces) await runner.dropIndex(table, k.index(table, replaces));
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    for (const { table, columns, replaces } of [...ORDER_INDEXES].reverse()) {
      if (replaces) await runner.createIndex(table, k.index(table, replaces));
      await runner.dropIndex(table, k.index(table, columns));
    }
  }
}
