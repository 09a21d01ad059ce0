import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { SchemaKit } from '../src/database/schema-kit';

/** The view quota counts from the last unfreeze of the day, so unfreezing lets the user work (§3.4). */
export class ViewQuotaUnfreeze1764640000000 implements MigrationInterface {
  name = 'ViewQuotaUnfreeze1764640000000';

  async up(runner: QueryRunner): Promise<void> {
    const k = new SchemaKit(runner);
    await runner.addColumn(
      'view_quota_usage',
      new TableColumn(k.int('count_at_unfreeze', { default: 0 })),
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.dropColumn('view_quota_usage', 'count_at_unfreeze');
  }
}
