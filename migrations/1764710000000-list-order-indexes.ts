import { MigrationInterface, QueryRunner } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/**
 * Indexes that serve the queries as they are asked, on every database. SQLite reads the
 * customer list's order (`created_at DESC, id DESC` over live customers) from its row ids
 * for free; PostgreSQL and SQL Server sorted every live customer for each page until this
 * partial (filtered) index, which holds exactly the list's rows in its order. The work
 * results count completed plans and records per type for one person and period: the
 * covering indexes answer those counts without reading the tables.
 */
export class ListOrderIndexes1764710000000 implements MigrationInterface {
  name = 'ListOrderIndexes1764710000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.createIndex(
      'customer',
      k.index('customer', ['created_at', 'id'], { where: 'deleted_at IS NULL' }),
    );
    await runner.createIndex(
      'interaction_plan',
      k.index('interaction_plan', ['completed_by_id', 'status', 'completed_at', 'type_id']),
    );
    await runner.dropIndex('interaction', k.index('interaction', ['staff_id', 'occurred_at']));
    await runner.createIndex(
      'interaction',
      k.index('interaction', ['staff_id', 'occurred_at', 'type_id']),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.dropIndex(
      'interaction',
      k.index('interaction', ['staff_id', 'occurred_at', 'type_id']),
    );
    await runner.createIndex('interaction', k.index('interaction', ['staff_id', 'occurred_at']));
    await runner.dropIndex(
      'interaction_plan',
      k.index('interaction_plan', ['completed_by_id', 'status', 'completed_at', 'type_id']),
    );
    await runner.dropIndex(
      'customer',
      k.index('customer', ['created_at', 'id'], { where: 'deleted_at IS NULL' }),
    );
  }
}
